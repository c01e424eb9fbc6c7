package io.ytautopilot.production.domain.media;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where finished media is kept: addressed by the SHA-256 of its bytes, so the same file stored twice
 * is kept once and a location always names exactly the bytes that were approved.
 */
public interface AssetStore {

  /**
   * Stores a copy of {@code file} (its name's extension is kept in the key); storing the same bytes
   * again returns the same asset without copying.
   */
  StoredAsset put(Path file, String contentType);

  /** The asset stored under {@code sha256}, if there is one. */
  Optional<StoredAsset> find(String sha256);

  /** Reads a stored asset; the caller closes the stream. */
  InputStream open(StoredAsset asset);
}
