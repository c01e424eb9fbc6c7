package io.ytautopilot.review.api;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/** Tokens signed with the dev key, as the identity provider would issue them. */
final class Tokens {
  private Tokens() {}

  static String reviewer(String name, String... workspaces) {
    return Jwt.issuer(issuer()).subject(name).upn(name).groups("reviewer").claim("workspaces", List.of(workspaces)).sign();
  }

  static String admin(String name) {
    return Jwt.issuer(issuer()).subject(name).upn(name).groups("admin").sign();
  }

  /** A well-formed token of a role the API does not know. */
  static String viewer(String name, String... workspaces) {
    return Jwt.issuer(issuer()).subject(name).upn(name).groups("viewer").claim("workspaces", List.of(workspaces)).sign();
  }

  /** A token that names its holder but has no subject (sub claim). */
  static String withoutSubject(String name, String... workspaces) {
    return Jwt.issuer(issuer()).upn(name).groups("reviewer").claim("workspaces", List.of(workspaces)).sign();
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  private static String issuer() {
    return ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
  }
}
