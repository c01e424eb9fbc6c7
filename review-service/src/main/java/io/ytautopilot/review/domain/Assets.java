package io.ytautopilot.review.domain;

import java.util.List;

/**
 * What production rendered, as a Gate 2 reviewer needs to see it, which generation made it and
 * what that generation cost.
 */
public record Assets(
    int generation,
    String videoLocation,
    String videoSha256,
    double videoDurationSeconds,
    long videoSizeBytes,
    String voiceOverLocation,
    String thumbnailLocation,
    List<Clip> clips,
    double cost,
    List<Cost.Line> costLines) {

  public record Clip(int index, String location, double durationSeconds, long sizeBytes) {}

  public Assets {
    clips = List.copyOf(clips);
    costLines = costLines == null ? List.of() : List.copyOf(costLines);
  }
}
