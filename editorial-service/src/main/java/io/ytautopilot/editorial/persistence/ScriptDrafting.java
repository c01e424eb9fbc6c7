package io.ytautopilot.editorial.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.editorial.domain.ChangeRequest;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.domain.ScriptWriter;
import io.ytautopilot.editorial.domain.TopicPicker;
import io.ytautopilot.editorial.domain.TrendCandidate;
import io.ytautopilot.editorial.events.EditorialEventMapper;
import io.ytautopilot.eventing.inbox.Inbox;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The editorial use cases. Each claims its event, then stores what it decides together with the
 * ScriptDrafted it causes in one transaction: a redelivered event finds its claim and changes
 * nothing, and a failure leaves no half-drafted video or revision behind. Drafting picks a topic
 * the workspace has not used; answering a Gate 1 change request adds the next revision of the same
 * video, so every revision stays available for comparison.
 */
@ApplicationScoped
public class ScriptDrafting {
  static final String CONSUMER = "editorial-service";
  private static final String AGGREGATE = "Video";

  private final ScriptDraftRepository drafts;
  private final ScriptRevisionRepository revisions;
  private final UsedTopicRepository usedTopics;
  private final ScriptDraftMapper mapper;
  private final ScriptWriter writer;
  private final EditorialEventMapper events;
  private final Outbox outbox;
  private final Inbox inbox;

  public ScriptDrafting(ScriptDraftRepository drafts, ScriptRevisionRepository revisions,
      UsedTopicRepository usedTopics, ScriptDraftMapper mapper, ScriptWriter writer, EditorialEventMapper events,
      Outbox outbox, Inbox inbox) {
    this.drafts = drafts;
    this.revisions = revisions;
    this.usedTopics = usedTopics;
    this.mapper = mapper;
    this.writer = writer;
    this.events = events;
    this.outbox = outbox;
    this.inbox = inbox;
  }

  /** Fetched trends lead to one new video on the best unused topic, or to none if all are used. */
  @WithTransaction
  public Uni<Void> draftNextVideo(String eventId, String workspaceId, List<TrendCandidate> trends) {
    return inbox.handleOnce(eventId, CONSUMER, () -> usedTopics.topicKeysOf(workspaceId)
        .chain(used -> TopicPicker.pick(trends, used)
            .map(trend -> draft(workspaceId, trend))
            .orElseGet(() -> {
              Log.infof("workspace %s already has a video on every topic among the %d trends of event %s;"
                  + " nothing drafted", workspaceId, trends.size(), eventId);
              return Uni.createFrom().voidItem();
            })));
  }

  /**
   * Notes on the latest revision lead to the next one; notes on any other revision (stale, or a
   * repeat under a new event id) change nothing. An unknown video fails the event: it goes to the
   * dead-letter topic.
   */
  @WithTransaction
  public Uni<Void> answer(String eventId, ChangeRequest request) {
    return inbox.handleOnce(eventId, CONSUMER, () -> latest(request.videoId())
        .chain(current -> current.answer(request, writer, Instant.now())
            .map(this::storeRevision)
            .orElseGet(() -> {
              Log.infof("%s asked for changes to revision %d of video %s, but revision %d is the latest;"
                  + " event %s ignored", request.requestedBy(), request.revision(), request.videoId(),
                  current.revision(), eventId);
              return Uni.createFrom().voidItem();
            })));
  }

  /** The latest revision. */
  @WithSession
  public Uni<ScriptDraft> find(UUID videoId) {
    return latest(videoId);
  }

  @WithSession
  public Uni<List<ScriptDraft>> revisionsOf(UUID videoId) {
    return video(videoId).chain(video -> revisions.oldestFirst(videoId)
        .map(rows -> rows.stream().map(row -> mapper.toDomain(video, row)).toList()));
  }

  /** The latest revision of each of the workspace's videos. */
  @WithSession
  public Uni<List<ScriptDraft>> newestFirst(String workspaceId) {
    return drafts.newestFirst(workspaceId)
        .map(rows -> rows.stream().map(row -> mapper.toDomain(row.draft(), row.latest())).toList());
  }

  private Uni<ScriptDraft> latest(UUID videoId) {
    return video(videoId).chain(video -> revisions.latest(videoId).map(row -> mapper.toDomain(video, row)));
  }

  private Uni<ScriptDraftEntity> video(UUID videoId) {
    return drafts.findById(videoId).onItem().ifNull().failWith(() -> new ScriptNotFound(videoId));
  }

  private Uni<Void> draft(String workspaceId, TrendCandidate trend) {
    var draft = ScriptDraft.first(UUID.randomUUID(), workspaceId, trend.trendId(), Instant.now(), writer.write(trend));
    return drafts.persist(mapper.videoRow(draft))
        .call(() -> revisions.persist(mapper.revisionRow(draft)))
        .call(() -> usedTopics.persist(mapper.usedTopic(draft, TopicPicker.keyOf(trend.title()))))
        .call(() -> outbox.append(AGGREGATE, draft.videoId().toString(), Topics.SCRIPT_DRAFTED,
            events.scriptDrafted(draft)))
        .invoke(() -> Log.infof("drafted video %s for workspace %s on '%s'", draft.videoId(), workspaceId,
            trend.title()))
        .replaceWithVoid();
  }

  /** The topic stays used by this video: a revision adds no used topic. */
  private Uni<Void> storeRevision(ScriptDraft revision) {
    return revisions.persist(mapper.revisionRow(revision))
        .call(() -> outbox.append(AGGREGATE, revision.videoId().toString(), Topics.SCRIPT_DRAFTED,
            events.scriptDrafted(revision)))
        .invoke(() -> Log.infof("drafted revision %d of video %s", revision.revision(), revision.videoId()))
        .replaceWithVoid();
  }
}
