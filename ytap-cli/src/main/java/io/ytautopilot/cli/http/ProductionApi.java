package io.ytautopilot.cli.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/productions")
@Produces(MediaType.APPLICATION_JSON)
public interface ProductionApi {

  @GET
  @Path("{videoId}")
  Response job(@PathParam("videoId") String videoId);
}
