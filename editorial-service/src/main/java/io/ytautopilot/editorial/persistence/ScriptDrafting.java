package io.ytautopilot.editorial.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.domain.WorkspaceMemory;
import io.ytautopilot.editorial.events.EditorialEventMapper;
import io.ytautopilot.eventing.inbox.Inbox;
import io.ytautopilot.eventing.outbox.Outbox;
import io.ytautopilot.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Stores what the editor decides. Each write claims its event, then stores the draft together with
 * the ScriptDrafted it causes in one transaction: a redelivered event finds its claim and changes
 * nothing, and a failure leaves no half-drafted video or revision behind. Every revision stays
 * available for comparison.
 */
@ApplicationScoped
public class ScriptDrafting {
  static final String CONSUMER = "editorial-service";
  private static final String AGGREGATE = "Video";
  private static final String HANDLED =
      "select count(*) from inbox_event where event_id = :eventId and consumer = :consumer";

  private final ScriptDraftRepository drafts;
  private final ScriptRevisionRepository revisions;
  private final UsedTopicRepository usedTopics;
  private final ScriptDraftMapper mapper;
  private final EditorialEventMapper events;
  private final Outbox outbox;
  private final Inbox inbox;

  public ScriptDrafting(ScriptDraftRepository drafts, ScriptRevisionRepository revisions,
      UsedTopicRepository usedTopics, ScriptDraftMapper mapper, EditorialEventMapper events, Outbox outbox,
      Inbox inbox) {
    this.drafts = drafts;
    this.revisions = revisions;
    this.usedTopics = usedTopics;
    this.mapper = mapper;
    this.events = events;
    this.outbox = outbox;
    this.inbox = inbox;
  }

  /** Revision 1 of a new video; its topic joins the workspace's memory. */
  @WithTransaction
  public Uni<Void> storeFirst(String eventId, ScriptDraft draft) {
    return inbox.handleOnce(eventId, CONSUMER, () -> drafts.persist(mapper.videoRow(draft))
        .call(() -> revisions.persist(mapper.revisionRow(draft)))
        .call(() -> usedTopics.persist(mapper.usedTopic(draft)))
        .call(() -> outbox.append(AGGREGATE, draft.videoId().toString(), Topics.SCRIPT_DRAFTED,
            events.scriptDrafted(draft)))
        .invoke(() -> Log.infof("drafted video %s for workspace %s on '%s'", draft.videoId(), draft.workspaceId(),
            draft.videoPackage().topic()))
        .replaceWithVoid());
  }

  /** The next revision, answering a change request; the topic stays used by this video. */
  @WithTransaction
  public Uni<Void> storeRevision(String eventId, ScriptDraft revision) {
    return inbox.handleOnce(eventId, CONSUMER, () -> revisions.persist(mapper.revisionRow(revision))
        .call(() -> drafts.update("changeRequests = changeRequests + 1 where videoId = ?1", revision.videoId()))
        .call(() -> outbox.append(AGGREGATE, revision.videoId().toString(), Topics.SCRIPT_DRAFTED,
            events.scriptDrafted(revision)))
        .invoke(() -> Log.infof("drafted revision %d of video %s", revision.revision(), revision.videoId()))
        .replaceWithVoid());
  }

  /** An event that leads to no draft is claimed all the same, so a redelivery does not think again. */
  @WithTransaction
  public Uni<Void> claimOnly(String eventId) {
    return inbox.handleOnce(eventId, CONSUMER, () -> Uni.createFrom().voidItem());
  }

  /** Checked before asking a model, so that a redelivered event costs nothing. */
  @WithSession
  public Uni<Boolean> handled(String eventId) {
    return Panache.getSession().chain(session -> session.createNativeQuery(HANDLED, Long.class)
            .setParameter("eventId", eventId)
            .setParameter("consumer", CONSUMER)
            .getSingleResult())
        .map(count -> count > 0);
  }

  /** The latest revision. */
  @WithSession
  public Uni<ScriptDraft> find(UUID videoId) {
    return video(videoId).chain(video -> revisions.latest(videoId).map(row -> mapper.toDomain(video, row)));
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

  /** Every topic the workspace has drafted a video about, newest first, with its views. */
  @WithSession
  public Uni<WorkspaceMemory> memoryOf(String workspaceId) {
    return usedTopics.newestFirst(workspaceId)
        .chain(rows -> drafts.viewsOf(workspaceId).map(views -> mapper.memory(rows, views)));
  }

  private Uni<ScriptDraftEntity> video(UUID videoId) {
    return drafts.findById(videoId).onItem().ifNull().failWith(() -> new ScriptNotFound(videoId));
  }
}
