package io.ytautopilot.review.domain;

import java.util.List;

/** What production rendered, as a Gate 2 reviewer needs to see it, and which generation made it. */
public record Assets(
    int generation,
    String videoLocation,
    String videoSha256,
    double videoDurationSeconds,
    long videoSizeBytes,
    String voiceOverLocation,
    String thumbnailLocation,
    List<Clip> clips) {

  public record Clip(int index, String location, double durationSeconds, long sizeBytes) {}

  public Assets {
    clips = List.copyOf(clips);
  }
}
