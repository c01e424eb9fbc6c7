package io.ytautopilot.review.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.path.xml.XmlPath.CompatibilityMode;
import io.ytautopilot.review.domain.Transitions;
import io.ytautopilot.review.domain.VideoState;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The console's pages are served without a token (they hold no data) and carry what the reviewer works with. */
@QuarkusTest
class ConsolePagesTests {

  @Test
  void theLoginPageOffersTheExampleReviewersOfTheDevIssuer() {
    XmlPath page = html("/console/login");
    assertThat(page.getList("**.findAll { it.@id == 'example-users' }.option.@value"))
        .contains("alice", "bob", "carol", "ops");
    assertThat(page.getString("**.find { it.@for == 'username' }")).isEqualTo("User name");
    assertThat(page.getString("**.find { it.@id == 'sign-in' }.@type")).isEqualTo("submit");
  }

  @Test
  void theBoardHasAColumnWithACountForEveryState() {
    XmlPath page = html("/console");
    var states = Arrays.stream(VideoState.values()).map(VideoState::name).toList();
    assertThat(page.getList("**.findAll { it.@class == 'column' }.@data-state")).containsExactlyElementsOf(states);
    assertThat(page.getList("**.findAll { it.@class == 'count' }.@data-count")).containsExactlyElementsOf(states);
    assertThat(page.getString("**.find { it.@for == 'workspace' }")).isEqualTo("Workspace");
    assertThat(page.getString("html.body.@data-budget-usd")).isEqualTo("5.0");
  }

  @Test
  void theVideoPageHasBothGatesThePlayerAndTheStateMachineTable() {
    UUID id = UUID.randomUUID();
    XmlPath page = html("/console/videos/" + id);
    assertThat(page.getString("html.body.@data-video-id")).isEqualTo(id.toString());
    assertThat(page.getString("html.body.@data-media-base-url")).isEqualTo("http://localhost:8094");
    for (String button : new String[] {"gate1-approve", "gate1-request-changes", "gate1-reject", "gate2-approve",
        "gate2-regenerate", "gate2-reject", "retry", "cancel"}) {
      assertThat(page.getString("**.find { it.@id == '" + button + "' }.name()")).as(button).isEqualTo("button");
    }
    for (String field : new String[] {"seo-title", "seo-description", "seo-tags", "publish-at", "privacy",
        "made-for-kids", "synthetic"}) {
      assertThat(page.getString("**.find { it.@for == '" + field + "' }")).as("label of " + field).isNotBlank();
    }
    assertThat(page.getString("**.find { it.@id == 'player' }.name()")).isEqualTo("video");
    assertThat(page.getList("**.find { it.@id == 'transitions' }.tbody.tr")).hasSize(Transitions.TABLE.size());
    assertThat(page.getList("**.find { it.@id == 'transitions' }.tbody.tr.@data-from"))
        .contains("SCRIPT_PENDING_REVIEW", "VIDEO_PENDING_REVIEW", "PUBLISH_FAILED");
  }

  @Test
  void theVideoPageHasPlacesForLiveProgressTheRevisionDiffAndPlaceholderScenes() {
    XmlPath page = html("/console/videos/" + UUID.randomUUID());
    // progress: a bar and a status line screen readers announce as it changes
    assertThat(page.getString("**.find { it.@id == 'progress-bar' }.name()")).isEqualTo("progress");
    assertThat(page.getString("**.find { it.@id == 'progress-bar' }.@max")).isEqualTo("100");
    assertThat(page.getString("**.find { it.@id == 'progress-text' }.@aria-live")).isEqualTo("polite");
    // Gate 1: the diff against the previous revision, with a legend of its marks
    assertThat(page.getString("**.find { it.@id == 'gate1' }.**.find { it.@id == 'revision-diff' }.@id"))
        .isEqualTo("revision-diff");
    assertThat(page.getList("**.find { it.@id == 'diff' }.thead.tr.th")).containsExactly("Field", "Change");
    assertThat(page.getString("**.find { it.@id == 'revision-diff' }.**.find { it.name() == 'ins' }"))
        .isEqualTo("inserted");
    assertThat(page.getString("**.find { it.@id == 'revision-diff' }.**.find { it.name() == 'del' }"))
        .isEqualTo("deleted");
    // Gate 2: the placeholder scenes are listed, and said to be ticked for regeneration
    assertThat(page.getString("**.find { it.@id == 'gate2' }.**.find { it.@id == 'placeholders' }.p.strong"))
        .isEqualTo("Placeholder scenes.");
    assertThat(page.getString("**.find { it.@id == 'placeholder-list' }.name()")).isEqualTo("ul");
  }

  @Test
  void thePagesScriptAndStylesAreServedFromTheServiceNotACdn() {
    given().get("/console/static/console.js").then().statusCode(200).contentType("text/javascript");
    given().get("/console/static/console.css").then().statusCode(200).contentType("text/css");
    String board = given().get("/console").then().extract().asString();
    assertThat(board).doesNotContain("https://", "http://");
  }

  @Test
  void theDataStaysBehindTheApisToken() {
    given().get("/videos").then().statusCode(401);
    given().get("/console/videos/not-a-video").then().statusCode(404);
  }

  private static XmlPath html(String path) {
    String body = given().get(path).then().statusCode(200).contentType("text/html").extract().asString();
    return new XmlPath(CompatibilityMode.HTML, body);
  }
}
