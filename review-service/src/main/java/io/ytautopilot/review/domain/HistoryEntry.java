package io.ytautopilot.review.domain;

import java.time.Instant;

/** One transition of a video: from where to where, caused by whom, when and why. */
public record HistoryEntry(VideoState from, VideoState to, String command, String actor, Instant at, String comment) {}
