package io.ytautopilot.editorial.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.Guard;
import io.ytautopilot.editorial.domain.ChangeRequest;
import io.ytautopilot.editorial.domain.Editor;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.domain.TrendCandidate;
import io.ytautopilot.editorial.domain.WorkspaceProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The editorial use cases, on the caller's worker thread: language model calls take seconds, so they
 * run between short transactions rather than inside one. The event's claim is checked first (a
 * redelivery costs no model call) and taken in the transaction that stores the draft.
 */
@ApplicationScoped
public class EditorialDesk {
  private final ScriptDrafting drafting;
  private final WorkspaceProfiles profiles;
  private final Editor editor;
  private final Guard workspaceWait;
  private final String waited;

  public EditorialDesk(ScriptDrafting drafting, WorkspaceProfiles profiles, Editor editor,
      @ConfigProperty(name = "yt.editorial.workspace-wait.attempts", defaultValue = "10") int attempts,
      @ConfigProperty(name = "yt.editorial.workspace-wait.delay", defaultValue = "3s") Duration delay) {
    this.drafting = drafting;
    this.profiles = profiles;
    this.editor = editor;
    // trends and the workspace definition arrive on different topics: the definition may be a moment late
    this.workspaceWait = Guard.create()
        .withDescription("workspace-wait")
        .withRetry()
            .maxRetries(attempts - 1)
            .delay(delay.toMillis(), ChronoUnit.MILLIS)
            .jitter(0, ChronoUnit.MILLIS)
            .maxDuration(attempts * delay.toMillis() + 60_000, ChronoUnit.MILLIS)
            .retryOn(WorkspaceNotConfigured.class)
            .done()
        .build();
    this.waited = attempts + " times " + delay.toMillis() + " ms";
  }

  /** Blocks. Fetched trends lead to one new video, or to none when no trend is eligible. */
  public void draftNextVideo(String eventId, String workspaceId, List<TrendCandidate> trends) {
    if (alreadyHandled(eventId)) {
      return;
    }
    WorkspaceProfile workspace = workspace(workspaceId);
    var memory = await(() -> drafting.memoryOf(workspaceId));
    Optional<ScriptDraft> draft = editor.firstDraft(UUID.randomUUID(), workspace, trends, memory, Instant.now());
    if (draft.isEmpty()) {
      Log.infof("no trend of event %s is eligible for workspace %s (off the niche, banned, or covered in the last"
          + " %d days); nothing drafted", eventId, workspaceId, workspace.topicRepeatWindowDays());
      await(() -> drafting.claimOnly(eventId));
      return;
    }
    await(() -> drafting.storeFirst(eventId, draft.get()));
  }

  /**
   * Blocks. Notes on the latest revision lead to the next one; notes on any other revision (stale,
   * or a repeat under a new event id) change nothing. An unknown video fails the event: it goes to
   * the dead-letter topic.
   */
  public void answer(String eventId, ChangeRequest request) {
    if (alreadyHandled(eventId)) {
      return;
    }
    ScriptDraft latest = await(() -> drafting.find(request.videoId()));
    Optional<ScriptDraft> next = editor.answer(latest, request, workspace(latest.workspaceId()), Instant.now());
    if (next.isEmpty()) {
      Log.infof("%s asked for changes to revision %d of video %s, but revision %d is the latest; event %s ignored",
          request.requestedBy(), request.revision(), request.videoId(), latest.revision(), eventId);
      await(() -> drafting.claimOnly(eventId));
      return;
    }
    await(() -> drafting.storeRevision(eventId, next.get()));
  }

  private boolean alreadyHandled(String eventId) {
    boolean handled = await(() -> drafting.handled(eventId));
    if (handled) {
      Log.infof("event %s was already handled; this delivery changes nothing", eventId);
    }
    return handled;
  }

  /** Waits a little for a workspace not configured yet, then fails the event with the reason. */
  private WorkspaceProfile workspace(String workspaceId) {
    try {
      return workspaceWait.call(() -> Optional.ofNullable(await(() -> profiles.find(workspaceId)))
          .orElseThrow(() -> new WorkspaceNotConfigured(workspaceId, waited)), WorkspaceProfile.class);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
