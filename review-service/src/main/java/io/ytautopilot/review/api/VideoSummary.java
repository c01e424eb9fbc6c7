package io.ytautopilot.review.api;

import io.ytautopilot.review.domain.Video;
import io.ytautopilot.review.domain.VideoState;
import java.util.UUID;

/** One line of the review queue. */
public record VideoSummary(UUID id, String workspaceId, VideoState state, String title, int revision, long version,
    String lastFailure) {
  static VideoSummary of(Video video) {
    return new VideoSummary(video.id(), video.workspaceId(), video.state(), video.script().title(),
        video.script().revision(), video.version(), video.lastFailure().orElse(null));
  }
}
