package io.ytautopilot.publish.adapters.workspace;

import io.quarkus.runtime.Startup;
import io.ytautopilot.publish.adapters.export.FolderExport;
import io.ytautopilot.publish.adapters.youtube.YouTubeUpload;
import io.ytautopilot.publish.domain.PublishTarget;
import io.ytautopilot.publish.domain.PublishTargets;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The target each workspace chose in configuration; export when it chose none, so that the local
 * stack works offline. Checked at start-up: a channel without credentials stops the service
 * instead of failing every approval later.
 */
@ApplicationScoped
@Startup
public class WorkspaceTargets implements PublishTargets {
  private final Map<String, PublishConfig.Workspace> workspaces;
  private final Map<String, PublishTarget> byName;

  public WorkspaceTargets(PublishConfig config, FolderExport export, YouTubeUpload youtube) {
    this.workspaces = config.workspaces();
    this.byName = Map.of(export.name(), export, youtube.name(), youtube);
    workspaces.forEach(this::check);
  }

  @Override
  public PublishTarget forWorkspace(String workspaceId) {
    var workspace = workspaces.get(workspaceId);
    return byName.get(workspace == null ? FolderExport.NAME : workspace.target());
  }

  private void check(String workspaceId, PublishConfig.Workspace workspace) {
    String setting = "yt.publish.workspaces.\"" + workspaceId + "\".";
    if (!byName.containsKey(workspace.target())) {
      throw new IllegalStateException(setting + "target is '" + workspace.target() + "'; it must be one of "
          + byName.keySet());
    }
    if (YouTubeUpload.NAME.equals(workspace.target())) {
      var channel = workspace.youtube();
      List.of(channel.clientId(), channel.clientSecret(), channel.refreshToken()).forEach(value -> {
        if (value.isEmpty() || value.get().isBlank()) {
          throw new IllegalStateException(setting + "youtube.client-id, client-secret and refresh-token must be set"
              + " for a workspace that publishes to YouTube");
        }
      });
    }
  }
}
