package io.ytautopilot.cli.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.cli.Refusal;
import java.io.IOException;
import java.net.URI;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Who calls review-service: a reviewer's bearer token from --token or YTAP_TOKEN, or, on the local
 * stack, one issued by review-service's dev issuer to an example user (--dev-user alice).
 */
public class ReviewerToken {
  static final String ENVIRONMENT_VARIABLE = "YTAP_TOKEN";

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--token", paramLabel = "JWT", description = "the reviewer's bearer token (default: env YTAP_TOKEN)")
  String token;

  @Option(names = "--dev-user", paramLabel = "USER",
      description = "local stack only: sign in as an example user (alice, bob, carol, ops) through the dev issuer")
  String devUser;

  /** The Authorization header value. */
  String authorization(ReviewApi review, URI reviewUrl, ObjectMapper json) {
    if (token != null && devUser != null) {
      throw new ParameterException(mixee.commandLine(), "give either --token or --dev-user, not both");
    }
    if (devUser != null) {
      return "Bearer " + devToken(review, reviewUrl, json);
    }
    String bearer = token != null ? token : System.getenv(ENVIRONMENT_VARIABLE);
    if (bearer == null || bearer.isBlank()) {
      throw new ParameterException(mixee.commandLine(),
          "review-service needs a reviewer token: --token JWT, env " + ENVIRONMENT_VARIABLE
              + ", or --dev-user NAME on the local stack");
    }
    return "Bearer " + bearer.strip();
  }

  private String devToken(ReviewApi review, URI reviewUrl, ObjectMapper json) {
    var answer = Answer.of("review-service", reviewUrl, () -> review.devToken(devUser));
    if (!answer.ok()) {
      throw new Refusal("no dev token for '" + devUser + "' from " + reviewUrl + "/auth/dev-token (answered "
          + answer.status() + "; the dev issuer runs on the local stack only) " + answer.body());
    }
    try {
      return json.readTree(answer.body()).path("token").asText();
    } catch (IOException e) {
      throw new Refusal("the dev issuer's answer is not JSON: " + answer.body());
    }
  }
}
