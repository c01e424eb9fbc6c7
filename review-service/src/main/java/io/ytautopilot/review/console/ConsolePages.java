package io.ytautopilot.review.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.ytautopilot.review.adapters.DevTokenIssuer;
import io.ytautopilot.review.domain.Transitions;
import io.ytautopilot.review.domain.VideoState;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reviewer console: server-rendered pages that hold no video data themselves. The page's script
 * signs in (dev issuer), keeps the token in sessionStorage and calls the JSON API at /videos with it,
 * so the console has exactly the API's authorization and no second one.
 */
@Path("/console")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

  @CheckedTemplate(basePath = "console")
  static class Templates {
    static native TemplateInstance login(boolean devIssuer, List<String> exampleUsers);

    static native TemplateInstance board(List<String> states, double budgetUsd);

    static native TemplateInstance video(UUID videoId, String mediaBaseUrl, double budgetUsd,
        List<TransitionRow> transitions, List<String> states);
  }

  /** One row of the state machine's table, as the diagram on the video page shows it. */
  public record TransitionRow(String from, String trigger, String guard, String to, String effect) {
    static TransitionRow of(Transitions.Rule rule) {
      return new TransitionRow(rule.from().map(VideoState::name).orElse("(new)"), rule.trigger().label(),
          rule.guard().label(), rule.to().name(), rule.effect().label());
    }
  }

  private static final List<String> STATES = Arrays.stream(VideoState.values()).map(VideoState::name).toList();
  private static final List<TransitionRow> TRANSITIONS = Transitions.TABLE.stream().map(TransitionRow::of).toList();

  private final DevTokenIssuer.Settings devIssuer;
  private final String mediaBaseUrl;
  private final double budgetUsd;

  public ConsolePages(DevTokenIssuer.Settings devIssuer,
      @ConfigProperty(name = "yt.console.media-base-url") String mediaBaseUrl,
      @ConfigProperty(name = "yt.console.budget-usd") double budgetUsd) {
    this.devIssuer = devIssuer;
    this.mediaBaseUrl = mediaBaseUrl.replaceAll("/+$", "");
    this.budgetUsd = budgetUsd;
  }

  @GET
  @Operation(summary = "Reviewer console: the board of videos per state")
  public TemplateInstance board() {
    return Templates.board(STATES, budgetUsd);
  }

  @GET
  @Path("/login")
  @Operation(summary = "Reviewer console: sign in")
  public TemplateInstance login() {
    var users = devIssuer.enabled() ? devIssuer.users().keySet().stream().sorted().toList() : List.<String>of();
    return Templates.login(devIssuer.enabled(), users);
  }

  @GET
  @Path("/videos/{id}")
  @Operation(summary = "Reviewer console: one video, its gate, timeline and state diagram")
  public TemplateInstance video(@PathParam("id") UUID id) {
    return Templates.video(id, mediaBaseUrl, budgetUsd, TRANSITIONS, STATES);
  }
}
