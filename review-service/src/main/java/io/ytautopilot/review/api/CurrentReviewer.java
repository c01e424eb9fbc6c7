package io.ytautopilot.review.api;

import io.ytautopilot.review.domain.Reviewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller as the verified token describes them: name, admin or not, workspaces they review. */
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
    return new Reviewer(token.getName(), token.getGroups().contains(ADMIN), workspaces());
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
