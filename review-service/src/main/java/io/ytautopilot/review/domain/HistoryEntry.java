package io.ytautopilot.review.domain;

import java.time.Instant;

/**
 * One transition of a video: from where to where, by which trigger (see {@link Trigger}), caused by
 * whom, when and why, and the event behind it (the one that caused it, or the one it emitted; none
 * for a decision that emits nothing).
 */
public record HistoryEntry(
    VideoState from, VideoState to, String trigger, String actor, Instant at, String comment, String eventId) {

  public HistoryEntry withEventId(String id) {
    return new HistoryEntry(from, to, trigger, actor, at, comment, id);
  }
}
