package io.ytautopilot.production.adapters.providers;

import io.ytautopilot.production.domain.media.ProviderFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** File chores of the HTTP providers, failing as the provider that needed them. */
final class HttpFiles {
  private HttpFiles() {}

  static Path prepare(Path dir, String provider) {
    try {
      return Files.createDirectories(dir.toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new ProviderFailure(provider, "cannot create the output directory " + dir + ": " + e, e);
    }
  }

  static void requireContent(Path file, String provider, String what) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new ProviderFailure(provider, "cannot read " + file + " (" + what + "): " + e, e);
    }
    if (size == 0) {
      throw new ProviderFailure(provider, "delivered an empty file for " + what);
    }
  }
}
