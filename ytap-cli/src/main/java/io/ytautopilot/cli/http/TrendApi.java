package io.ytautopilot.cli.http;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/workspaces/{workspace}")
@Produces(MediaType.APPLICATION_JSON)
public interface TrendApi {

  /** A source fetched less than an hour ago answers from its cache, unless forced. */
  @POST
  @Path("fetch")
  Response fetch(@PathParam("workspace") String workspace, @QueryParam("force") boolean force);
}
