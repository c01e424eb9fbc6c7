package io.ytautopilot.trend.api;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.trend.persistence.TrendFetching;
import io.ytautopilot.trend.persistence.Workspaces;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** Workspaces (one channel each): define them, change them, fetch their trends now. */
@Path("/workspaces")
public class WorkspaceResource {
  private final Workspaces workspaces;
  private final TrendFetching fetching;
  private final FetchSchedule schedule;

  public WorkspaceResource(Workspaces workspaces, TrendFetching fetching, FetchSchedule schedule) {
    this.workspaces = workspaces;
    this.fetching = fetching;
    this.schedule = schedule;
  }

  @POST
  @Operation(summary = "Create a workspace (version 1); subscribers get it as WorkspaceConfigured")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Invalid definition; violations name each field")
  @APIResponse(responseCode = "409", description = "A workspace with this id exists")
  public Uni<RestResponse<WorkspaceView>> create(@Valid @NotNull WorkspaceBody body) {
    return workspaces.create(body.toDomain())
        .invoke(schedule::plan)
        .map(created -> RestResponse.ResponseBuilder.<WorkspaceView>created(URI.create("/workspaces/" + created.id()))
            .entity(WorkspaceView.of(created)).build());
  }

  @PUT
  @Path("/{workspaceId}")
  @Operation(summary = "Replace a workspace's definition; a changed definition is the next version")
  @APIResponse(responseCode = "400", description = "Invalid definition, or its id is not the one in the path")
  @APIResponse(responseCode = "404", description = "No such workspace")
  public Uni<WorkspaceView> update(@PathParam("workspaceId") @WorkspaceId String workspaceId,
      @Valid @NotNull WorkspaceBody body) {
    if (!workspaceId.equals(body.id())) {
      throw new FieldError("id", "must be the workspace id of the path, " + workspaceId);
    }
    return workspaces.update(body.toDomain())
        .invoke(change -> {
          if (change.changed()) {
            schedule.plan(change.workspace());
          }
        })
        .map(change -> WorkspaceView.of(change.workspace()));
  }

  @GET
  @Operation(summary = "Every workspace, by id")
  public Uni<List<WorkspaceView>> list() {
    return workspaces.all().map(all -> all.stream().map(WorkspaceView::of).toList());
  }

  @GET
  @Path("/{workspaceId}")
  @APIResponse(responseCode = "404", description = "No such workspace")
  public Uni<WorkspaceView> get(@PathParam("workspaceId") @WorkspaceId String workspaceId) {
    return workspaces.find(workspaceId).map(WorkspaceView::of);
  }

  @POST
  @Path("/{workspaceId}/fetch")
  @Operation(summary = "Fetch, score and store the workspace's trends now; subscribers get them as TrendsFetched. "
      + "A source that delivered within the cache window (1 h) is not asked again unless force=true")
  @APIResponse(responseCode = "404", description = "No such workspace")
  public Uni<FetchResult> fetch(@PathParam("workspaceId") @WorkspaceId String workspaceId,
      @QueryParam("force") @DefaultValue("false") boolean force) {
    return fetching.fetch(workspaceId, force).map(FetchResult::of);
  }
}
