package io.ytautopilot.trend.api;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.trend.persistence.TrendFetching;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** See what a workspace has stored; the older fetch path the CLI and scripts call. */
@Path("/workspaces/{workspaceId}/trends")
public class TrendResource {
  private final TrendFetching fetching;

  public TrendResource(TrendFetching fetching) {
    this.fetching = fetching;
  }

  @POST
  @Path("/fetch")
  @Operation(summary = "Same as POST /workspaces/{workspaceId}/fetch (force=false)")
  @APIResponse(responseCode = "400", description = "Malformed workspace id")
  @APIResponse(responseCode = "404", description = "No such workspace")
  public Uni<FetchResult> fetch(@PathParam("workspaceId") @WorkspaceId String workspaceId) {
    return fetching.fetch(workspaceId, false).map(FetchResult::of);
  }

  @GET
  @Operation(summary = "The workspace's stored trends, best first")
  @APIResponse(responseCode = "400", description = "Malformed workspace id")
  public Uni<List<TrendView>> trends(@PathParam("workspaceId") @WorkspaceId String workspaceId) {
    return fetching.bestFirst(workspaceId).map(trends -> trends.stream().map(TrendView::of).toList());
  }
}
