package io.ytautopilot.trend.api;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.mutiny.Uni;
import io.ytautopilot.trend.domain.Workspace;
import io.ytautopilot.trend.persistence.TrendFetching;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock's way in, next to the HTTP one: one job per workspace on the workspace's fetchCron,
 * replaced when the definition changes (yt.trend.schedule.enabled=false plans none). A scheduled
 * fetch asks every source (no cache); a failure is logged and the next one comes on schedule.
 */
@ApplicationScoped
public class FetchSchedule {
  private final Scheduler scheduler;
  private final TrendFetching fetching;
  private final boolean enabled;

  public FetchSchedule(Scheduler scheduler, TrendFetching fetching,
      @ConfigProperty(name = "yt.trend.schedule.enabled") boolean enabled) {
    this.scheduler = scheduler;
    this.fetching = fetching;
    this.enabled = enabled;
  }

  /** Schedules the workspace's fetch on its current cron, in place of any earlier job. */
  public void plan(Workspace workspace) {
    if (!enabled) {
      return;
    }
    String job = jobOf(workspace.id());
    scheduler.unscheduleJob(job);
    scheduler.newJob(job)
        .setCron(workspace.definition().fetchCron())
        .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
        .setAsyncTask(execution -> fetch(workspace.id()))
        .schedule();
    Log.infof("workspace %s (version %d) fetches on cron %s", workspace.id(), workspace.version(),
        workspace.definition().fetchCron());
  }

  static String jobOf(String workspaceId) {
    return "trend-fetch-" + workspaceId;
  }

  private Uni<Void> fetch(String workspaceId) {
    return fetching.fetch(workspaceId, true)
        .invoke(run -> Log.infof("scheduled fetch %s: %d trends for workspace %s, failed sources %s", run.id(),
            run.trendCount(), workspaceId, FetchResult.of(run).failedSources()))
        .onFailure().invoke(e -> Log.errorf(e, "scheduled fetch for workspace %s failed; next try on schedule",
            workspaceId))
        .onFailure().recoverWithNull()
        .replaceWithVoid();
  }
}
