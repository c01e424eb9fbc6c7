package io.ytautopilot.trend.api;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.trend.persistence.TrendFetching;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock's way in, next to the HTTP one: fetches for every workspace in trend.workspaces each
 * trend.fetch.every (off disables it). One workspace failing does not keep the others from fetching.
 */
@ApplicationScoped
public class TrendSchedule {
  private final TrendFetching fetching;
  private final List<String> workspaces;

  public TrendSchedule(TrendFetching fetching, @ConfigProperty(name = "trend.workspaces") List<String> workspaces) {
    this.fetching = fetching;
    this.workspaces = workspaces;
  }

  @Scheduled(identity = "trend-fetch", every = "${trend.fetch.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> fetchAll() {
    // one after the other: each fetch opens its own transaction on this context
    Uni<Void> fetched = Uni.createFrom().voidItem();
    for (String workspace : workspaces) {
      fetched = fetched.call(() -> fetch(workspace));
    }
    return fetched;
  }

  private Uni<Void> fetch(String workspace) {
    return fetching.fetch(workspace)
        .invoke(run -> Log.infof("scheduled fetch %s: %d trends for workspace %s", run.id(), run.trendCount(),
            workspace))
        .onFailure().invoke(e -> Log.errorf(e, "scheduled fetch for workspace %s failed; next try on schedule",
            workspace))
        .onFailure().recoverWithNull()
        .replaceWithVoid();
  }
}
