package io.ytautopilot.production.api;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.production.persistence.ProductionWorkflow;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** What ops and reviewers ask production: how far is a video, and what went wrong. */
@Path("/productions")
public class ProductionResource {
  private final ProductionWorkflow workflow;

  public ProductionResource(ProductionWorkflow workflow) {
    this.workflow = workflow;
  }

  @GET
  @Path("/{videoId}")
  @Operation(summary = "A video's production job: state, revision, generation, attempts, why it failed or was"
      + " cancelled, the clips so far, the rendered files with the video's SHA-256, and the cost estimate of the"
      + " approved revision against the actual cost of each generation (USD)")
  @APIResponse(responseCode = "404", description = "No production job for this video")
  public Uni<ProductionDetails> job(@PathParam("videoId") UUID videoId) {
    return workflow.details(videoId)
        .onItem().ifNull().failWith(() -> new NotFoundException("no production job for video " + videoId))
        .map(ProductionDetails::of);
  }
}
