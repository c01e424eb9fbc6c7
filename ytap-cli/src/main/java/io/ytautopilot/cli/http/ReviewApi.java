package io.ytautopilot.cli.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The part of review-service's API ytap calls. Answers come back as they are (no exception for a
 * 4xx), so the command can print the service's problem JSON.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface ReviewApi {

  @GET
  @Path("videos/{id}")
  Response video(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);

  @POST
  @Path("videos/{id}/retry")
  @Consumes(MediaType.APPLICATION_JSON)
  Response retry(@PathParam("id") String id, @HeaderParam("Authorization") String authorization,
      @HeaderParam("If-Match") String ifMatch, Bodies.Comment body);

  @POST
  @Path("videos/{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  Response cancel(@PathParam("id") String id, @HeaderParam("Authorization") String authorization,
      @HeaderParam("If-Match") String ifMatch, Bodies.Reason body);

  @POST
  @Path("videos/{id}/gate1/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  Response approveScript(@PathParam("id") String id, @HeaderParam("Authorization") String authorization,
      @HeaderParam("If-Match") String ifMatch, Bodies.Comment body);

  @POST
  @Path("videos/{id}/gate2/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  Response approveVideo(@PathParam("id") String id, @HeaderParam("Authorization") String authorization,
      @HeaderParam("If-Match") String ifMatch, Bodies.VideoApproval body);

  /** The local stack's dev issuer: a token for an example user (404 where it is off). */
  @POST
  @Path("auth/dev-token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  Response devToken(@FormParam("username") String username);
}
