package io.ytautopilot.editorial.events;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.editorial.persistence.ScriptDrafting;
import io.ytautopilot.events.ChangesRequested;
import io.ytautopilot.events.TrendsFetched;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin transport adapter: decode, delegate, and let a failure nack the record (dead-letter topic). */
@ApplicationScoped
public class EditorialEventConsumers {
  private final ScriptDrafting drafting;
  private final EditorialEventMapper mapper;

  public EditorialEventConsumers(ScriptDrafting drafting, EditorialEventMapper mapper) {
    this.drafting = drafting;
    this.mapper = mapper;
  }

  @Incoming("trends-fetched")
  public Uni<Void> onTrendsFetched(TrendsFetched event) {
    return drafting.draftNextVideo(event.getEventId(), event.getWorkspaceId(), mapper.toCandidates(event));
  }

  @Incoming("changes-requested")
  public Uni<Void> onChangesRequested(ChangesRequested event) {
    return drafting.answer(event.getEventId(), mapper.toChangeRequest(event));
  }
}
