package io.ytautopilot.review.api;

import io.ytautopilot.review.adapters.DevTokenIssuer;
import io.ytautopilot.review.adapters.DevTokenIssuer.IssuedToken;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Consumes;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The local stack's sign-in: a token for one of the configured example users, no password. Off
 * (404) unless yt.auth.dev-issuer.enabled; deployments use their identity provider instead.
 */
@Path("/auth/dev-token")
@PermitAll
public class DevTokenResource {
  private final DevTokenIssuer issuer;

  public DevTokenResource(DevTokenIssuer issuer) {
    this.issuer = issuer;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Dev only: a signed token for an example user (alice, bob, carol, ops)")
  public IssuedToken issue(@FormParam("username") String username) {
    if (!issuer.enabled()) {
      throw new NotFoundException();
    }
    return issuer.issue(username);
  }
}
