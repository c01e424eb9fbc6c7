package io.ytautopilot.editorial.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.editorial.domain.ExperimentReport;
import io.ytautopilot.editorial.domain.Phase;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.domain.WorkspaceProfile;
import io.ytautopilot.eventing.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What became of the drafted videos at Gate 1 and on YouTube: the workspace memory learns of
 * rejected topics, and the prompt experiment report counts approvals, rejections and views. Events
 * about a video editorial never drafted (another deployment's, or older than this database) are
 * logged and change nothing.
 */
@ApplicationScoped
public class VideoOutcomes {
  private final ScriptDraftRepository drafts;
  private final UsedTopicRepository usedTopics;
  private final WorkspaceProfiles profiles;
  private final ScriptDraftMapper mapper;
  private final Inbox inbox;

  public VideoOutcomes(ScriptDraftRepository drafts, UsedTopicRepository usedTopics, WorkspaceProfiles profiles,
      ScriptDraftMapper mapper, Inbox inbox) {
    this.drafts = drafts;
    this.usedTopics = usedTopics;
    this.profiles = profiles;
    this.mapper = mapper;
    this.inbox = inbox;
  }

  /** Only an approval of revision 1 as drafted counts as passing Gate 1 the first time. */
  @WithTransaction
  public Uni<Void> approved(String eventId, UUID videoId, int revision) {
    return inbox.handleOnce(eventId, ScriptDrafting.CONSUMER, () -> revision != ScriptDraft.FIRST_REVISION
        ? Uni.createFrom().voidItem()
        : drafts.update("passedGate1First = true where videoId = ?1", videoId).invoke(updated -> unknownIfNone(
            updated, videoId, eventId)).replaceWithVoid());
  }

  @WithTransaction
  public Uni<Void> rejected(String eventId, UUID videoId, String reason, Instant at) {
    return inbox.handleOnce(eventId, ScriptDrafting.CONSUMER, () -> usedTopics.update(
            "rejectedAt = ?1, rejectionReason = ?2 where videoId = ?3", at, reason, videoId)
        .invoke(updated -> unknownIfNone(updated, videoId, eventId)).replaceWithVoid());
  }

  /** The latest measurement wins; one measured earlier (late, replayed) changes nothing. */
  @WithTransaction
  public Uni<Void> measured(String eventId, UUID videoId, long views, Instant measuredAt) {
    return inbox.handleOnce(eventId, ScriptDrafting.CONSUMER, () -> drafts.update(
            "views = ?1, viewsMeasuredAt = ?2 where videoId = ?3 and (viewsMeasuredAt is null or viewsMeasuredAt < ?2)",
            views, measuredAt, videoId)
        .replaceWithVoid());
  }

  /** The rows of the report, for the workspace's current experiments and any variant its videos used. */
  @WithSession
  public Uni<List<ExperimentReport.Row>> report(String workspaceId) {
    return profiles.find(workspaceId).chain(profile -> drafts.list("workspaceId", workspaceId)
        .chain(videos -> usedTopics.list("workspaceId = ?1 and rejectedAt is not null", workspaceId)
            .map(rejected -> {
              Set<UUID> rejectedVideos = rejected.stream().map(row -> row.videoId).collect(Collectors.toSet());
              return ExperimentReport.of(experimentsOf(profile), videos.stream()
                  .map(video -> new ExperimentReport.VideoOutcome(mapper.variants(video), video.passedGate1First,
                      video.changeRequests, rejectedVideos.contains(video.videoId), video.views))
                  .toList());
            })));
  }

  private static Map<Phase, List<String>> experimentsOf(WorkspaceProfile profile) {
    return profile == null ? Map.of() : profile.promptExperiments();
  }

  private static void unknownIfNone(int updated, UUID videoId, String eventId) {
    if (updated == 0) {
      Log.infof("event %s is about video %s, which editorial did not draft; nothing changed", eventId, videoId);
    }
  }
}
