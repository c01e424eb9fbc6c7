package io.ytautopilot.production.adapters.media;

import io.ytautopilot.production.domain.RenderingFailed;
import java.awt.AWTError;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * What the local providers and the assembler share: running ffmpeg and espeak-ng, measuring durations,
 * drawing PNGs. Every failure is a {@link RenderingFailed} naming the step and the scene.
 */
final class MediaCommands {
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
  static final int FRAME_RATE = 25;

  private static final System.Logger LOG = System.getLogger(MediaCommands.class.getName());

  private final MediaTools tools;
  private final ProcessRunner runner;

  MediaCommands(MediaTools tools, Duration perCommandTimeout) {
    this.tools = tools;
    this.runner = new ProcessRunner(perCommandTimeout);
  }

  void ffmpeg(String step, Integer sceneIndex, List<String> arguments, Path dir) {
    List<String> command = new ArrayList<>(
        List.of(tools.ffmpeg(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y"));
    command.addAll(arguments);
    runner.run(step, sceneIndex, command, dir);
  }

  void espeakNg(String step, Integer sceneIndex, List<String> arguments, Path dir) {
    List<String> command = new ArrayList<>(List.of(tools.espeakNg()));
    command.addAll(arguments);
    runner.run(step, sceneIndex, command, dir);
  }

  /**
   * The duration ffprobe reports for a media file, in seconds: read from the header of an MP4 or PCM
   * WAV file (what the local providers and the assembler write), so only other files start ffprobe.
   */
  double seconds(Path media, String step, Integer sceneIndex) {
    OptionalDouble header = MediaDurations.of(media);
    return header.isPresent() ? header.getAsDouble() : probe(media, step, sceneIndex);
  }

  private double probe(Path media, String step, Integer sceneIndex) {
    String out = runner.run(step, sceneIndex, List.of(tools.ffprobe(), "-v", "error", "-show_entries",
        "format=duration", "-of", "csv=p=0", media.toString()), null).stdout().strip();
    try {
      return Double.parseDouble(out);
    } catch (NumberFormatException e) {
      throw new RenderingFailed(step, sceneIndex,
          "ffprobe reported no duration for " + media + " (output: '" + out + "')", e);
    }
  }

  static Path prepare(Path outputDir, String step, Integer sceneIndex) {
    Path dir = outputDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new RenderingFailed(step, sceneIndex, "cannot create output directory " + dir + ": " + e, e);
    }
    return dir;
  }

  static long size(Path file, String step, Integer sceneIndex) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new RenderingFailed(step, sceneIndex, "cannot read the size of " + file + ": " + e, e);
    }
  }

  /** Hex SHA-256 of the file, read in chunks so a long video never sits in memory whole. */
  static String sha256(Path file, String step) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new RenderingFailed(step, null, "cannot read " + file + " for its checksum: " + e, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static void paint(String step, Integer sceneIndex, Path target, Supplier<BufferedImage> image) {
    try {
      CardPainter.writePng(image.get(), target);
    } catch (IOException | UncheckedIOException e) {
      throw new RenderingFailed(step, sceneIndex, "cannot write " + target + ": " + e, e);
    } catch (RuntimeException | LinkageError | InternalError | AWTError e) {
      // e.g. a headless JVM without fontconfig or fonts
      throw new RenderingFailed(step, sceneIndex, "Java2D drawing failed: " + e
          + " (are fonts installed? " + MediaTools.FONTS_HINT + ")", e);
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "could not delete " + file + ": " + e);
    }
  }
}
