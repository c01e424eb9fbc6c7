package io.ytautopilot.editorial.api;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.persistence.ScriptDrafting;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Read-only inspection of drafted packages; drafting itself is driven by TrendsFetched events. */
@Path("/")
public class ScriptResource {
  private final ScriptDrafting drafting;

  public ScriptResource(ScriptDrafting drafting) {
    this.drafting = drafting;
  }

  @GET
  @Path("/scripts/{videoId}")
  @Operation(summary = "The latest revision of a video's package, with the reviewer's notes it answers")
  @APIResponse(responseCode = "404", description = "No script drafted for this video")
  public Uni<ScriptDraft> script(@PathParam("videoId") UUID videoId) {
    return drafting.find(videoId);
  }

  @GET
  @Path("/scripts/{videoId}/revisions")
  @Operation(summary = "Every revision of a video's package, oldest first, for comparing them")
  @APIResponse(responseCode = "404", description = "No script drafted for this video")
  public Uni<List<ScriptDraft>> revisions(@PathParam("videoId") UUID videoId) {
    return drafting.revisionsOf(videoId);
  }

  @GET
  @Path("/workspaces/{workspaceId}/scripts")
  @Operation(summary = "The scripts drafted for a workspace, newest first, each at its latest revision")
  public Uni<List<ScriptSummary>> scripts(@PathParam("workspaceId") String workspaceId) {
    return drafting.newestFirst(workspaceId).map(drafts -> drafts.stream().map(ScriptSummary::of).toList());
  }
}
