package io.ytautopilot.production.adapters.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key layout both stores share: {@code sha256/<first two hex>/<sha256>[.<ext>]}. The two-hex
 * folder keeps any one folder (or listing prefix) small.
 */
final class AssetKeys {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  /** Only plain extensions go into a key, so a key is always a safe path and object name. */
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,16}");

  private AssetKeys() {}

  /** The lower-case hex checksum; anything else is a caller's mistake, refused rather than looked up. */
  static String requireSha256(String sha256) {
    var normalized = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(normalized).matches()) {
      throw new IllegalArgumentException("not a SHA-256 (64 hex digits): '" + sha256 + "'");
    }
    return normalized;
  }

  static Path requireFile(Path file) {
    if (file == null) {
      throw new IllegalArgumentException("no file to store");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("cannot store " + file.toAbsolutePath() + ": no such file");
    }
    return file;
  }

  static String requireContentType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      throw new IllegalArgumentException("a content type is required, e.g. video/mp4");
    }
    return contentType.strip();
  }

  /** The file name's extension in lower case, or "" when it has none or one that is not plain letters and digits. */
  static String extensionOf(Path file) {
    var name = file.getFileName().toString();
    var dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return "";
    }
    var extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return EXTENSION.matcher(extension).matches() ? extension : "";
  }

  /** The folder (or prefix) that holds every key of {@code sha256}, e.g. {@code sha256/ab}. */
  static String folderOf(String sha256) {
    return "sha256/" + sha256.substring(0, 2);
  }

  static String keyOf(String sha256, String extension) {
    return folderOf(sha256) + "/" + sha256 + (extension.isEmpty() ? "" : "." + extension);
  }

  /** Whether {@code fileName} (the part of a key after the last slash) is {@code sha256}'s, whatever its extension. */
  static boolean isFileNameOf(String fileName, String sha256) {
    return fileName.equals(sha256)
        || fileName.startsWith(sha256 + ".") && EXTENSION.matcher(fileName.substring(65)).matches();
  }
}
