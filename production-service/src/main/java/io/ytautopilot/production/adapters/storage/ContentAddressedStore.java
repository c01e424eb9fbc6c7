package io.ytautopilot.production.adapters.storage;

import io.ytautopilot.production.domain.media.AssetStore;
import io.ytautopilot.production.domain.media.StoredAsset;
import java.nio.file.Path;

/**
 * What every asset store does on {@code put}: check the input, take the file's checksum, and keep
 * bytes that are already stored once; only new bytes reach {@link #store}.
 */
abstract class ContentAddressedStore implements AssetStore {

  @Override
  public final StoredAsset put(Path file, String contentType) {
    var type = AssetKeys.requireContentType(contentType);
    var digest = FileDigest.of(AssetKeys.requireFile(file));
    var existing = find(digest.sha256());
    if (existing.isPresent()) {
      return existing.get();
    }
    return store(file, type, digest, AssetKeys.keyOf(digest.sha256(), AssetKeys.extensionOf(file)));
  }

  /** Keeps {@code file} under {@code key}; the file's bytes must still be those of {@code digest}. */
  abstract StoredAsset store(Path file, String contentType, FileDigest digest, String key);
}
