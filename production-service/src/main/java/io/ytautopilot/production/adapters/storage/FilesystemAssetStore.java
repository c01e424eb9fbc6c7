package io.ytautopilot.production.adapters.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardOpenOption.WRITE;

import io.ytautopilot.production.domain.media.StoredAsset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps assets in a local folder under their keys. Every file appears under its key whole or not at
 * all: it is written to a hidden temporary file in the same folder, flushed to disk, then renamed.
 * The content type lives beside it in a hidden {@code .<sha256>.content-type} file, which no key matches.
 */
public final class FilesystemAssetStore extends ContentAddressedStore {
  private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

  private final Path root;

  public FilesystemAssetStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  @Override
  StoredAsset store(Path file, String type, FileDigest digest, String key) {
    var target = root.resolve(key);
    try {
      Files.createDirectories(target.getParent());
      // the content type first: a crash in between leaves a stray type file, never an asset without one
      writeAtomically(contentTypeFile(target.getParent(), digest.sha256()), out -> out.write(type.getBytes(UTF_8)));
      writeAtomically(target, out -> {
        var copied = FileDigest.copy(file, out);
        if (!copied.sha256().equals(digest.sha256())) {
          throw new IOException(file.toAbsolutePath() + " changed while it was being stored");
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store " + file.toAbsolutePath() + " as " + target, e);
    }
    return new StoredAsset(digest.sha256(), key, target.toUri(), digest.sizeBytes(), type);
  }

  @Override
  public Optional<StoredAsset> find(String sha256) {
    var sha = AssetKeys.requireSha256(sha256);
    var folder = root.resolve(AssetKeys.folderOf(sha));
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (var files = Files.list(folder)) {
      var found = files.filter(path -> AssetKeys.isFileNameOf(path.getFileName().toString(), sha)).sorted().findFirst();
      if (found.isEmpty()) {
        return Optional.empty();
      }
      var file = found.get();
      return Optional.of(new StoredAsset(sha, AssetKeys.folderOf(sha) + "/" + file.getFileName(), file.toUri(),
          Files.size(file), contentTypeOf(folder, sha)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look up " + sha + " in " + folder, e);
    }
  }

  @Override
  public InputStream open(StoredAsset asset) {
    var file = root.resolve(asset.key()).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("key " + asset.key() + " points outside " + root);
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open asset " + asset.key() + " in " + root, e);
    }
  }

  @Override
  public String toString() {
    return "filesystem asset store in " + root;
  }

  private static Path contentTypeFile(Path folder, String sha256) {
    return folder.resolve("." + sha256 + ".content-type");
  }

  /** An asset put there by hand has no type file; it is served as plain bytes. */
  private static String contentTypeOf(Path folder, String sha256) throws IOException {
    var file = contentTypeFile(folder, sha256);
    return Files.exists(file) ? Files.readString(file, UTF_8).strip() : DEFAULT_CONTENT_TYPE;
  }

  private static void writeAtomically(Path target, Writer writer) throws IOException {
    var temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
    try {
      try (var channel = FileChannel.open(temporary, WRITE); var out = Channels.newOutputStream(channel)) {
        writer.writeTo(out);
        channel.force(true);
      }
      Files.move(temporary, target, ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  @FunctionalInterface
  private interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }
}
