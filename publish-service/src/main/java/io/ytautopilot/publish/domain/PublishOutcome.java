package io.ytautopilot.publish.domain;

import java.time.Instant;
import java.util.Objects;

/** What a publish target did with an approved video. */
public sealed interface PublishOutcome {

  /**
   * @param location folder or URL of the published video
   * @param externalId the platform's id of the video (YouTube's); null for a folder
   */
  record Published(String location, String externalId) implements PublishOutcome {
    public Published {
      Objects.requireNonNull(location, "location");
    }
  }

  /** Not now: e.g. the channel's daily API quota is spent; tried again at {@code retryAt}. */
  record Held(String reason, Instant retryAt) implements PublishOutcome {
    public Held {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(retryAt, "retryAt");
    }
  }
}
