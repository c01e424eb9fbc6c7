package io.ytautopilot.editorial.events;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.ytautopilot.editorial.persistence.EditorialDesk;
import io.ytautopilot.editorial.persistence.VideoOutcomes;
import io.ytautopilot.editorial.persistence.WorkspaceProfiles;
import io.ytautopilot.events.ChangesRequested;
import io.ytautopilot.events.ScriptApproved;
import io.ytautopilot.events.ScriptRejected;
import io.ytautopilot.events.TrendsFetched;
import io.ytautopilot.events.VideoStatsUpdated;
import io.ytautopilot.events.WorkspaceConfigured;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin transport adapter: decode, delegate, and let a failure nack the record (dead-letter topic). */
@ApplicationScoped
public class EditorialEventConsumers {
  private final EditorialDesk desk;
  private final WorkspaceProfiles profiles;
  private final VideoOutcomes outcomes;
  private final EditorialEventMapper mapper;

  public EditorialEventConsumers(EditorialDesk desk, WorkspaceProfiles profiles, VideoOutcomes outcomes,
      EditorialEventMapper mapper) {
    this.desk = desk;
    this.profiles = profiles;
    this.outcomes = outcomes;
    this.mapper = mapper;
  }

  @Incoming("workspaces")
  public Uni<Void> onWorkspaceConfigured(WorkspaceConfigured event) {
    return profiles.configure(event.getEventId(), mapper.toProfile(event));
  }

  @Incoming("trends-fetched")
  @Blocking // language model calls take seconds: a worker thread, one record at a time, never the event loop
  public void onTrendsFetched(TrendsFetched event) {
    desk.draftNextVideo(event.getEventId(), event.getWorkspaceId(), mapper.toCandidates(event));
  }

  @Incoming("changes-requested")
  @Blocking
  public void onChangesRequested(ChangesRequested event) {
    desk.answer(event.getEventId(), mapper.toChangeRequest(event));
  }

  @Incoming("script-approved")
  public Uni<Void> onScriptApproved(ScriptApproved event) {
    return outcomes.approved(event.getEventId(), UUID.fromString(event.getVideoId()), event.getRevision());
  }

  @Incoming("script-rejected")
  public Uni<Void> onScriptRejected(ScriptRejected event) {
    return outcomes.rejected(event.getEventId(), UUID.fromString(event.getVideoId()), event.getReason(),
        event.getOccurredAt());
  }

  @Incoming("video-stats")
  public Uni<Void> onVideoStatsUpdated(VideoStatsUpdated event) {
    return outcomes.measured(event.getEventId(), UUID.fromString(event.getVideoId()), event.getViews(),
        event.getMeasuredAt());
  }
}
