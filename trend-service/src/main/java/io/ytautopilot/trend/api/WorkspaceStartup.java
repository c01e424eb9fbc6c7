package io.ytautopilot.trend.api;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.ytautopilot.eventing.blocking.ReactiveTransactions;
import io.ytautopilot.trend.domain.Workspace;
import io.ytautopilot.trend.domain.WorkspaceChange;
import io.ytautopilot.trend.persistence.Workspaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up: applies the workspace files of yt.trend.workspaces.dir (if set; an invalid file stops
 * the start), then schedules every stored workspace's fetch.
 */
@ApplicationScoped
public class WorkspaceStartup {
  private final WorkspaceFiles files;
  private final Workspaces workspaces;
  private final FetchSchedule schedule;
  private final Optional<Path> workspacesDir;

  public WorkspaceStartup(WorkspaceFiles files, Workspaces workspaces, FetchSchedule schedule,
      @ConfigProperty(name = "yt.trend.workspaces.dir") Optional<Path> workspacesDir) {
    this.files = files;
    this.workspaces = workspaces;
    this.schedule = schedule;
    this.workspacesDir = workspacesDir;
  }

  void onStart(@Observes StartupEvent start) {
    workspacesDir.ifPresent(dir -> {
      List<WorkspaceChange> changes = ReactiveTransactions.await(() -> files.apply(dir));
      changes.forEach(change -> Log.infof("workspace file: %s %s (version %d)", change.workspace().id(),
          change.kind().name().toLowerCase(), change.workspace().version()));
    });
    List<Workspace> all = ReactiveTransactions.await(workspaces::all);
    all.forEach(schedule::plan);
  }
}
