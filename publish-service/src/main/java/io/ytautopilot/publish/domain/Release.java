package io.ytautopilot.publish.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * How a video is uploaded so that it becomes visible when the reviewer wants. A platform that
 * schedules (YouTube) takes a scheduled video as private with a publish time, and makes it public then.
 *
 * @param privacyStatus private, unlisted or public, as uploaded
 * @param publishAt when the platform makes it public; null when it is not scheduled
 */
public record Release(String privacyStatus, Instant publishAt) {
  static final String PRIVATE = "private";
  static final String PUBLIC = "public";

  /**
   * The reviewer's publish time if it is still ahead; otherwise, for a video meant to be public,
   * the workspace's default slot if it has one; otherwise the reviewer's privacy, now.
   */
  public static Release of(PublishSettings settings, Optional<PublishSlot> defaultSlot, Instant now) {
    Instant publishAt = settings.publishAt();
    if (publishAt != null && publishAt.isAfter(now)) {
      return new Release(PRIVATE, publishAt);
    }
    if (publishAt == null && PUBLIC.equals(settings.privacyStatus()) && defaultSlot.isPresent()) {
      return new Release(PRIVATE, defaultSlot.get().nextAfter(now));
    }
    return new Release(settings.privacyStatus(), null);
  }
}
