package io.ytautopilot.production.adapters.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The media tools on the {@code PATH}, each behind a wrapper script that logs its name before it
 * {@code exec}s the tool: the external processes a render starts, counted from the outside.
 */
public final class CountingMediaTools {
  private final Path log;
  private final MediaTools tools;

  private CountingMediaTools(Path log, MediaTools tools) {
    this.log = log;
    this.tools = tools;
  }

  /** Writes the wrapper scripts and their log into {@code dir}. */
  public static CountingMediaTools in(Path dir) {
    try {
      Files.createDirectories(dir);
      Path log = Files.createFile(dir.resolve("started.log"));
      return new CountingMediaTools(log, new MediaTools(wrapper(dir, MediaTools.DEFAULT_FFMPEG, log),
          wrapper(dir, MediaTools.DEFAULT_FFPROBE, log), wrapper(dir, MediaTools.DEFAULT_ESPEAK_NG, log)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public MediaTools tools() {
    return tools;
  }

  /** How many times each tool was started so far, by tool name; a tool never started is absent. */
  public Map<String, Long> started() {
    try {
      return Files.readAllLines(log).stream()
          .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets the processes counted so far. */
  public void reset() {
    try {
      Files.writeString(log, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String wrapper(Path dir, String tool, Path log) throws IOException {
    Path script = dir.resolve(tool);
    Files.writeString(script, "#!/bin/sh\necho " + tool + " >> '" + log + "'\nexec " + tool + " \"$@\"\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script.toString();
  }
}
