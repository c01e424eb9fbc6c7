package io.ytautopilot.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The services' logs as ops collect them: one JSON object per line, with its logging context. */
final class ServiceLogs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ServiceLogs() {}

  /** The service's JSON log lines whose logging context has the given value. */
  static List<JsonNode> withContext(String service, String key, String value) {
    Path log = PipelineSystem.WORK.resolve("logs").resolve(service + ".log");
    List<JsonNode> matching = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(log)) {
        if (line.startsWith("{") && line.contains(value)) {
          JsonNode entry = JSON.readTree(line);
          if (value.equals(entry.path("mdc").path(key).asText())) {
            matching.add(entry);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return matching;
  }
}
