package io.ytautopilot.review.api;

import io.ytautopilot.review.domain.Approval;
import io.ytautopilot.review.domain.Assets;
import io.ytautopilot.review.domain.HistoryEntry;
import io.ytautopilot.review.domain.Script;
import io.ytautopilot.review.domain.VideoState;
import io.ytautopilot.review.persistence.VideoRecord;
import java.util.List;
import java.util.UUID;

/** Everything a reviewer needs to decide, and the full history of the video. */
public record VideoDetails(
    UUID id,
    String workspaceId,
    VideoState state,
    long version,
    Script script,
    Assets assets,
    Approval scriptApproval,
    Approval videoApproval,
    String publishedLocation,
    List<HistoryEntry> history) {

  static VideoDetails of(VideoRecord record) {
    var video = record.video();
    return new VideoDetails(video.id(), video.workspaceId(), video.state(), video.version(), video.script(),
        video.assets().orElse(null), video.scriptApproval().orElse(null), video.videoApproval().orElse(null),
        video.publishedLocation().orElse(null), record.history());
  }
}
