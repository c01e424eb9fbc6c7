package io.ytautopilot.review.api;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.review.domain.Command;
import io.ytautopilot.review.domain.VideoState;
import io.ytautopilot.review.persistence.ReviewWorkflow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The reviewers' API: the queue, one video in full, and the decisions at Gate 1 and Gate 2. */
@Path("/videos")
public class ReviewResource {
  private final ReviewWorkflow workflow;

  public ReviewResource(ReviewWorkflow workflow) {
    this.workflow = workflow;
  }

  private Uni<VideoDetails> decide(UUID id, Command command, DecisionRequest decision) {
    return workflow.decide(id, command, decision.version(), decision.reviewer(), decision.comment())
        .map(VideoDetails::of);
  }

  @GET
  @Operation(summary = "The review queue, oldest first")
  public Uni<List<VideoSummary>> queue(
      @QueryParam("state") VideoState state,
      @QueryParam("workspace") String workspace,
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
    return workflow.queue(state, workspace, page, size)
        .map(videos -> videos.stream().map(VideoSummary::of).toList());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One video: script, assets, approvals and history")
  @APIResponse(responseCode = "404", description = "No such video")
  public Uni<VideoDetails> video(@PathParam("id") UUID id) {
    return workflow.find(id).map(VideoDetails::of);
  }

  @POST
  @Path("/{id}/gate1/approve")
  @Operation(summary = "Gate 1: approve the script; generation may start")
  @APIResponse(responseCode = "409", description = "Not awaiting Gate 1, or changed meanwhile")
  public Uni<VideoDetails> approveScript(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
    return decide(id, Command.APPROVE_SCRIPT, decision);
  }

  @POST
  @Path("/{id}/gate1/reject")
  @Operation(summary = "Gate 1: reject the script")
  @APIResponse(responseCode = "409", description = "Not awaiting Gate 1, or changed meanwhile")
  public Uni<VideoDetails> rejectScript(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
    return decide(id, Command.REJECT_SCRIPT, decision);
  }

  @POST
  @Path("/{id}/gate2/approve")
  @Operation(summary = "Gate 2: approve the rendered video for publishing")
  @APIResponse(responseCode = "409", description = "Not awaiting Gate 2, or changed meanwhile")
  public Uni<VideoDetails> approveVideo(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
    return decide(id, Command.APPROVE_VIDEO, decision);
  }

  @POST
  @Path("/{id}/gate2/reject")
  @Operation(summary = "Gate 2: reject the rendered video")
  @APIResponse(responseCode = "409", description = "Not awaiting Gate 2, or changed meanwhile")
  public Uni<VideoDetails> rejectVideo(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest decision) {
    return decide(id, Command.REJECT_VIDEO, decision);
  }
}
