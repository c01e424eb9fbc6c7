package io.ytautopilot.review.api;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.review.domain.Command;
import io.ytautopilot.review.domain.HistoryEntry;
import io.ytautopilot.review.domain.VideoState;
import io.ytautopilot.review.persistence.ReviewWorkflow;
import io.ytautopilot.review.persistence.VideoRecord;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/** The reviewers' API: the queue, one video in full, and the decisions at Gate 1 and Gate 2. */
@Path("/videos")
public class ReviewResource {
  private final ReviewWorkflow workflow;

  public ReviewResource(ReviewWorkflow workflow) {
    this.workflow = workflow;
  }

  /** The video's version is its entity tag: a decision sent with If-Match acts only on that version. */
  private Uni<RestResponse<VideoDetails>> decide(UUID id, Command command, String ifMatch, DecisionRequest decision) {
    return workflow.decide(id, command, Versions.fromIfMatch(ifMatch), decision.reviewer(), decision.comment())
        .map(ReviewResource::tagged);
  }

  private static RestResponse<VideoDetails> tagged(VideoRecord record) {
    var details = VideoDetails.of(record);
    return ResponseBuilder.ok(details).tag(Versions.entityTag(details.version())).build();
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
  public Uni<RestResponse<VideoDetails>> video(@PathParam("id") UUID id) {
    return workflow.find(id).map(ReviewResource::tagged);
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "Every transition of the video: who, when, from, to, why, and the event behind it")
  @APIResponse(responseCode = "404", description = "No such video")
  public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
    return workflow.history(id);
  }

  @POST
  @Path("/{id}/gate1/approve")
  @Operation(summary = "Gate 1: approve the script; generation may start")
  @APIResponse(responseCode = "409", description = "Not awaiting Gate 1, or changed meanwhile")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Uni<RestResponse<VideoDetails>> approveScript(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull DecisionRequest decision) {
    return decide(id, Command.APPROVE_SCRIPT, ifMatch, decision);
  }

  @POST
  @Path("/{id}/gate1/reject")
  @Operation(summary = "Gate 1: reject the script")
  @APIResponse(responseCode = "409", description = "Not awaiting Gate 1, or changed meanwhile")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Uni<RestResponse<VideoDetails>> rejectScript(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull DecisionRequest decision) {
    return decide(id, Command.REJECT_SCRIPT, ifMatch, decision);
  }

  @POST
  @Path("/{id}/gate2/approve")
  @Operation(summary = "Gate 2: approve the rendered video for publishing")
  @APIResponse(responseCode = "409", description = "Not awaiting Gate 2, or changed meanwhile")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Uni<RestResponse<VideoDetails>> approveVideo(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull DecisionRequest decision) {
    return decide(id, Command.APPROVE_VIDEO, ifMatch, decision);
  }

  @POST
  @Path("/{id}/gate2/reject")
  @Operation(summary = "Gate 2: reject the rendered video")
  @APIResponse(responseCode = "409", description = "Not awaiting Gate 2, or changed meanwhile")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Uni<RestResponse<VideoDetails>> rejectVideo(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull DecisionRequest decision) {
    return decide(id, Command.REJECT_VIDEO, ifMatch, decision);
  }
}
