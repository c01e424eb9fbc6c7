package io.ytautopilot.production.domain.media;

import java.net.URI;

/**
 * A file kept by an {@link AssetStore}.
 *
 * @param sha256 hex SHA-256 of its bytes, the address
 * @param key    the store's key, {@code sha256/<first two hex>/<sha256>.<ext>}
 * @param uri    where it lives: a {@code file:} URI or an {@code s3://bucket/key} URI
 */
public record StoredAsset(String sha256, String key, URI uri, long sizeBytes, String contentType) {}
