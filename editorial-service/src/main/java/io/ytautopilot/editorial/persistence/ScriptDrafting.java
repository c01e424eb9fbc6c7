package io.ytautopilot.editorial.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
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
 * The editorial use cases. Drafting claims the event, picks a topic the workspace has not used,
 * and stores the draft, the used topic and ScriptDrafted in one transaction: a redelivered event
 * finds its claim and changes nothing, and a failure leaves no half-drafted video behind.
 */
@ApplicationScoped
public class ScriptDrafting {
  static final String CONSUMER = "editorial-service";
  private static final String AGGREGATE = "Video";

  private final ScriptDraftRepository drafts;
  private final UsedTopicRepository usedTopics;
  private final ScriptDraftMapper mapper;
  private final ScriptWriter writer;
  private final EditorialEventMapper events;
  private final Outbox outbox;
  private final Inbox inbox;

  public ScriptDrafting(ScriptDraftRepository drafts, UsedTopicRepository usedTopics, ScriptDraftMapper mapper,
      ScriptWriter writer, EditorialEventMapper events, Outbox outbox, Inbox inbox) {
    this.drafts = drafts;
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

  @WithSession
  public Uni<ScriptDraft> find(UUID videoId) {
    return drafts.findById(videoId)
        .onItem().ifNull().failWith(() -> new ScriptNotFound(videoId))
        .map(mapper::toDomain);
  }

  @WithSession
  public Uni<List<ScriptDraft>> newestFirst(String workspaceId) {
    return drafts.newestFirst(workspaceId).map(rows -> rows.stream().map(mapper::toDomain).toList());
  }

  private Uni<Void> draft(String workspaceId, TrendCandidate trend) {
    var draft = new ScriptDraft(UUID.randomUUID(), workspaceId, trend.trendId(), Instant.now(), writer.write(trend));
    return drafts.persist(mapper.newRow(draft))
        .call(() -> usedTopics.persist(mapper.usedTopic(draft, TopicPicker.keyOf(trend.title()))))
        .call(() -> outbox.append(AGGREGATE, draft.videoId().toString(), Topics.SCRIPT_DRAFTED,
            events.scriptDrafted(draft)))
        .invoke(() -> Log.infof("drafted video %s for workspace %s on '%s'", draft.videoId(), workspaceId,
            trend.title()))
        .replaceWithVoid();
  }
}
