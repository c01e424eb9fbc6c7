package io.ytautopilot.editorial.api;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.editorial.domain.ExperimentReport;
import io.ytautopilot.editorial.domain.WorkspaceMemory;
import io.ytautopilot.editorial.persistence.ScriptDrafting;
import io.ytautopilot.editorial.persistence.VideoOutcomes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What editorial has learnt about a workspace: its memory of topics, and how its prompt variants do. */
@Path("/")
public class WorkspaceResource {
  private final ScriptDrafting drafting;
  private final VideoOutcomes outcomes;

  public WorkspaceResource(ScriptDrafting drafting, VideoOutcomes outcomes) {
    this.drafting = drafting;
    this.outcomes = outcomes;
  }

  @GET
  @Path("/workspaces/{workspaceId}/memory")
  @Operation(summary = "Every topic the workspace drafted a video about, newest first, with title, date and any Gate 1 rejection")
  public Uni<List<WorkspaceMemory.Entry>> memory(@PathParam("workspaceId") String workspaceId) {
    return drafting.memoryOf(workspaceId).map(WorkspaceMemory::entries);
  }

  @GET
  @Path("/workspaces/{workspaceId}/prompt-experiments")
  @Operation(summary = "Per phase and prompt variant: videos drafted, passed Gate 1 first time, change requests, rejected, total views")
  public Uni<List<ExperimentReport.Row>> promptExperiments(@PathParam("workspaceId") String workspaceId) {
    return outcomes.report(workspaceId);
  }
}
