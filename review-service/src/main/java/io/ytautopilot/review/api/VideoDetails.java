package io.ytautopilot.review.api;

import io.ytautopilot.review.domain.Approval;
import io.ytautopilot.review.domain.Assets;
import io.ytautopilot.review.domain.Cost;
import io.ytautopilot.review.domain.HistoryEntry;
import io.ytautopilot.review.domain.Progress;
import io.ytautopilot.review.domain.PublishOptions;
import io.ytautopilot.review.domain.Script;
import io.ytautopilot.review.domain.VideoState;
import io.ytautopilot.review.persistence.VideoRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything a reviewer needs to decide, and the full history of the video.
 *
 * @param approvedRevision the script revision Gate 1 approved (0: not yet)
 * @param generation which generation production works on or delivered (0: none asked yet)
 * @param publishAttempt which publish attempt is current (0: not approved at Gate 2 yet)
 * @param lastFailure why the last generation or publication failed, until the next success
 * @param costEstimate production's estimate (USD, line by line) for generating the current script
 *     revision; null until production priced it
 * @param draftingCostUsd USD the LLM calls behind the current script revision cost (editorial's report)
 * @param actualCost USD the generations delivered so far cost (each generation's cost is also in
 *     assets.cost)
 * @param progress how far production has come with the current generation (its latest report);
 *     null until production reported on it. Not part of the version: it changes no state
 */
public record VideoDetails(
    UUID id,
    String workspaceId,
    VideoState state,
    long version,
    Script script,
    Assets assets,
    Approval scriptApproval,
    int approvedRevision,
    Approval videoApproval,
    int generation,
    List<Integer> scenesToRegenerate,
    int publishAttempt,
    Instant publishAt,
    PublishOptions publishOptions,
    String lastFailure,
    String publishedLocation,
    Cost costEstimate,
    double draftingCostUsd,
    double actualCost,
    Progress progress,
    List<HistoryEntry> history) {

  static VideoDetails of(VideoRecord record) {
    var video = record.video();
    return new VideoDetails(video.id(), video.workspaceId(), video.state(), video.version(), video.script(),
        video.assets().orElse(null), video.scriptApproval().orElse(null), video.approvedRevision(),
        video.videoApproval().orElse(null), video.generation(), video.scenesToRegenerate(), video.publishAttempt(),
        video.publishAt().orElse(null), video.publishOptions().orElse(null), video.lastFailure().orElse(null),
        video.publishedLocation().orElse(null), record.costEstimate().orElse(null),
        video.script().drafting().llmCostUsd(), video.spent(),
        record.progress().orElse(null), record.history());
  }
}
