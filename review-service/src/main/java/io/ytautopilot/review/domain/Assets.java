package io.ytautopilot.review.domain;

import java.util.List;

/**
 * What production rendered, as a Gate 2 reviewer needs to see it, which generation made it and
 * what that generation cost.
 *
 * @param placeholderScenes scenes every provider failed, filled with a marked placeholder clip: the
 *     reviewer sees which and why, and can have them regenerated
 * @param videoSha256 hex SHA-256 of the video file: what Gate 2 approves, with the thumbnail's
 * @param format SHORTS (9:16) or LONG (16:9); empty for assets of older producers
 */
public record Assets(
    int generation,
    String videoLocation,
    String videoSha256,
    double videoDurationSeconds,
    long videoSizeBytes,
    String voiceOverLocation,
    String thumbnailLocation,
    String thumbnailSha256,
    List<Clip> clips,
    double cost,
    List<Cost.Line> costLines,
    List<Placeholder> placeholderScenes,
    String subtitlesLocation,
    String format,
    int width,
    int height) {

  public record Clip(int index, String location, double durationSeconds, long sizeBytes) {}

  /** A scene rendered as a placeholder, and the error that made every provider give up on it. */
  public record Placeholder(int index, String error) {}

  public Assets {
    clips = List.copyOf(clips);
    // stored assets of earlier versions have neither field
    costLines = costLines == null ? List.of() : List.copyOf(costLines);
    placeholderScenes = placeholderScenes == null ? List.of() : List.copyOf(placeholderScenes);
  }
}
