package io.ytautopilot.publish.api;

import io.smallrye.mutiny.Uni;
import io.ytautopilot.publish.domain.Publication;
import io.ytautopilot.publish.persistence.PublicationWorkflow;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Whether an approved video went public, where to, or why it was refused or cancelled. */
@Path("/publications")
public class PublicationResource {
  private final PublicationWorkflow workflow;

  public PublicationResource(PublicationWorkflow workflow) {
    this.workflow = workflow;
  }

  @GET
  @Path("/{videoId}")
  @Operation(summary = "A video's publication: its latest attempt and status (PUBLISHING, PUBLISHED with target"
      + " and location, FAILED or CANCELLED with the reason)")
  @APIResponse(responseCode = "404",
      description = "Neither an approval nor a cancellation of this video has reached publish")
  public Uni<Publication> publication(@PathParam("videoId") UUID videoId) {
    return workflow.find(videoId)
        .onItem().ifNull().failWith(() -> new NotFoundException("no publication for video " + videoId));
  }
}
