package io.ytautopilot.review.api;

import io.ytautopilot.review.domain.AccessDenied;
import io.ytautopilot.review.domain.Identity;
import io.ytautopilot.review.domain.Reviewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller as the verified token describes them: name, identity (issuer and subject), admin or
 * not, workspaces they review.
 */
@RequestScoped
public class CurrentReviewer {
  static final String REVIEWER = "reviewer";
  static final String ADMIN = "admin";
  /** Claim listing the workspaces (channels) a reviewer reviews. */
  static final String WORKSPACES_CLAIM = "workspaces";

  private final JsonWebToken token;

  public CurrentReviewer(JsonWebToken token) {
    this.token = token;
  }

  Reviewer get() {
    if (token.getSubject() == null || token.getSubject().isBlank()) {
      // decisions are signed with the decider's identity; a name alone can repeat across issuers
      throw new AccessDenied("the token names no subject (sub claim)");
    }
    return new Reviewer(token.getName(), new Identity(token.getIssuer(), token.getSubject()),
        token.getGroups().contains(ADMIN), workspaces());
  }

  private Set<String> workspaces() {
    Object claim = token.getClaim(WORKSPACES_CLAIM);
    if (claim instanceof JsonArray array) {
      return array.stream().filter(JsonString.class::isInstance).map(value -> ((JsonString) value).getString())
          .collect(Collectors.toSet());
    }
    if (claim instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).collect(Collectors.toSet());
    }
    return claim instanceof String single ? Set.of(single) : Set.of();
  }
}
