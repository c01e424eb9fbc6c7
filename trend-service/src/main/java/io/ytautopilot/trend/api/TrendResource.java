package io.ytautopilot.trend.api;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.trend.domain.Trend;
import io.ytautopilot.trend.persistence.TrendFetching;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Fetch trends on demand and see what a workspace has stored. */
@Path("/workspaces/{workspaceId}/trends")
public class TrendResource {
  private final TrendFetching fetching;

  public TrendResource(TrendFetching fetching) {
    this.fetching = fetching;
  }

  @POST
  @Path("/fetch")
  @Operation(summary = "Fetch, score and store trends now; subscribers get them as TrendsFetched")
  @APIResponse(responseCode = "400", description = "Malformed workspace id")
  public Uni<FetchResult> fetch(@PathParam("workspaceId") @WorkspaceId String workspaceId) {
    return fetching.fetch(workspaceId).map(FetchResult::of);
  }

  @GET
  @Operation(summary = "The workspace's stored trends, best first")
  @APIResponse(responseCode = "400", description = "Malformed workspace id")
  public Uni<List<Trend>> trends(@PathParam("workspaceId") @WorkspaceId String workspaceId) {
    return fetching.bestFirst(workspaceId);
  }
}
