package io.ytautopilot.editorial.persistence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.editorial.domain.WorkspaceProfile;
import io.ytautopilot.eventing.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Editorial's copy of each workspace's definition: the latest version trend-service sent. */
@ApplicationScoped
public class WorkspaceProfiles {
  private final WorkspaceProfileRepository profiles;
  private final ScriptDraftMapper mapper;
  private final Inbox inbox;

  public WorkspaceProfiles(WorkspaceProfileRepository profiles, ScriptDraftMapper mapper, Inbox inbox) {
    this.profiles = profiles;
    this.mapper = mapper;
    this.inbox = inbox;
  }

  /** A newer version replaces the stored one; an older or equal one (replayed, late) changes nothing. */
  @WithTransaction
  public Uni<Void> configure(String eventId, WorkspaceProfile profile) {
    return inbox.handleOnce(eventId, ScriptDrafting.CONSUMER, () -> profiles.findById(profile.workspaceId())
        .chain(row -> {
          WorkspaceProfile stored = mapper.profile(row);
          if (!profile.supersedes(stored)) {
            Log.infof("workspace %s version %d ignored: version %d is stored", profile.workspaceId(),
                profile.version(), stored.version());
            return Uni.createFrom().voidItem();
          }
          Log.infof("workspace %s is now at version %d", profile.workspaceId(), profile.version());
          return profiles.getSession()
              .chain(session -> session.merge(mapper.profileRow(profile, Instant.now())))
              .replaceWithVoid();
        }));
  }

  /** Null when the workspace was never configured. */
  @WithSession
  public Uni<WorkspaceProfile> find(String workspaceId) {
    return profiles.findById(workspaceId).map(mapper::profile);
  }
}
