package io.ytautopilot.production.adapters.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A file's SHA-256 (its address) and MD5 (which S3 checks an upload against), read in one pass.
 *
 * @param md5Base64 the MD5 as S3's {@code Content-MD5} header wants it
 */
record FileDigest(String sha256, String md5Base64, long sizeBytes) {
  private static final int BUFFER_SIZE = 64 * 1024;

  static FileDigest of(Path file) {
    try {
      return copy(file, OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
    }
  }

  /** Copies {@code file} to {@code target}, digesting exactly the bytes that were copied. */
  static FileDigest copy(Path file, OutputStream target) throws IOException {
    var sha256 = digest("SHA-256");
    var md5 = digest("MD5");
    long size = 0;
    var buffer = new byte[BUFFER_SIZE];
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        sha256.update(buffer, 0, read);
        md5.update(buffer, 0, read);
        target.write(buffer, 0, read);
        size += read;
      }
    }
    return new FileDigest(HexFormat.of().formatHex(sha256.digest()),
        Base64.getEncoder().encodeToString(md5.digest()), size);
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has " + algorithm, e);
    }
  }
}
