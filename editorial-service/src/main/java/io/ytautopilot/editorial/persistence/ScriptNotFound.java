package io.ytautopilot.editorial.persistence;

import java.util.UUID;

public class ScriptNotFound extends RuntimeException {
  public ScriptNotFound(UUID videoId) {
    super("no script drafted for video " + videoId);
  }
}
