package io.ytautopilot.review.adapters;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs tokens for the example users of the local stack with the dev key (see local-stack/dev-keys). */
@ApplicationScoped
public class DevTokenIssuer {

  @ConfigMapping(prefix = "yt.auth.dev-issuer")
  public interface Settings {
    @WithDefault("false")
    boolean enabled();

    @WithDefault("PT8H")
    Duration lifetime();

    /** Example users by name: their roles (reviewer, admin) and the workspaces they review. */
    Map<String, User> users();

    interface User {
      Set<String> roles();

      Optional<List<String>> workspaces();
    }
  }

  public record IssuedToken(String token, String username, Set<String> roles, List<String> workspaces,
      long expiresInSeconds) {}

  private final Settings settings;
  private final String issuer;

  public DevTokenIssuer(Settings settings, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
    this.settings = settings;
    this.issuer = issuer;
  }

  public boolean enabled() {
    return settings.enabled();
  }

  public IssuedToken issue(String username) {
    var user = settings.users().get(username == null ? "" : username.strip());
    if (user == null) {
      throw new IllegalArgumentException("unknown example user '" + username + "'; try one of "
          + settings.users().keySet());
    }
    var workspaces = user.workspaces().orElse(List.of());
    String token = Jwt.issuer(issuer)
        .subject(username.strip())
        .upn(username.strip())
        .groups(user.roles())
        .claim("workspaces", workspaces)
        .expiresIn(settings.lifetime())
        .sign();
    return new IssuedToken(token, username.strip(), user.roles(), workspaces, settings.lifetime().toSeconds());
  }
}
