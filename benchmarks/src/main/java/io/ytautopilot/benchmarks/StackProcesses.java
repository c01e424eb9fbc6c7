package io.ytautopilot.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The processes of the dev stack, found as ./yt-autopilot records them: a pid file per role, trusted
 * only while that pid still carries the role's -Dytap.stack/-Dytap.role markers.
 */
final class StackProcesses {
  static final List<String> ROLES = List.of("kafka", "registry", "trend-service", "editorial-service",
      "review-service", "production-service", "publish-service");

  private StackProcesses() {}

  static Optional<Long> pid(Settings settings, String role) {
    Path pidFile = settings.stackDir().resolve("pids").resolve(role + ".pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      String command = " " + ProcFs.commandLine(pid) + " ";
      boolean ours = command.contains(" -Dytap.stack=" + Settings.STACK + " ") && command.contains(" -Dytap.role=" + role + " ");
      return ours ? Optional.of(pid) : Optional.empty();
    } catch (IOException | NumberFormatException notRunning) {
      return Optional.empty();
    }
  }

  static long requirePid(Settings settings, String role) {
    return pid(settings, role).orElseThrow(() -> new IllegalStateException(
        role + " of the dev stack is not running (./yt-autopilot up, ./yt-autopilot status)"));
  }

  static Path log(Settings settings, String role) {
    return settings.stackDir().resolve("logs").resolve(role + ".log");
  }
}
