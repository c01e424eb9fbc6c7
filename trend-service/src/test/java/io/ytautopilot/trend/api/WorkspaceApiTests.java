package io.ytautopilot.trend.api;

import static io.restassured.RestAssured.given;
import static io.ytautopilot.trend.api.TestWorkspaces.newId;
import static io.ytautopilot.trend.api.TestWorkspaces.source;
import static io.ytautopilot.trend.api.TestWorkspaces.spaceNewsFeed;
import static io.ytautopilot.trend.api.TestWorkspaces.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.WorkspaceConfigured;
import io.ytautopilot.testsupport.EventStreams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workspace API over HTTP, with what reaches the real broker through the registry. */
@QuarkusTest
@QuarkusTestResource(SourceStubs.class)
class WorkspaceApiTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
  private final EventStreams streams = EventStreams.shared();

  @Test
  void aCreatedWorkspaceIsVersionOneAndAnnouncedWithItsWholeDefinition() {
    String id = newId();
    var body = workspace(id, List.of(spaceNewsFeed(), source("hn-space", "hacker-news", "space")));
    given().contentType(ContentType.JSON).body(body).post("/workspaces")
        .then().statusCode(201)
        .header("Location", endsWith("/workspaces/" + id))
        .body("id", equalTo(id)).body("version", equalTo(1))
        .body("fetchCron", equalTo("0 0 */6 * * ?")).body("topicRepeatWindowDays", equalTo(90))
        .body("allowSelfReview", equalTo(false));

    WorkspaceConfigured announced = streams.awaitValue(Topics.WORKSPACES, id,
        (WorkspaceConfigured event) -> event.getVersion() == 1, EVENT_TIMEOUT);
    assertThat(announced.getName()).isEqualTo("Space, Explained");
    assertThat(announced.getNicheKeywords()).containsExactly("space", "black hole", "telescope");
    assertThat(announced.getBrand().getBannedWords()).containsExactly("shocking");
    assertThat(announced.getTargetFormat()).isEqualTo("LONG");
    assertThat(announced.getBudgetPerMonthUsd()).isEqualTo(60.0);
    assertThat(announced.getSources()).extracting(source -> source.getName() + ":" + source.getKind())
        .containsExactly("space-news:rss", "hn-space:hacker-news");
    assertThat(announced.getFetchCron()).isEqualTo("0 0 */6 * * ?");
    assertThat(announced.getPromptExperiments().get(0).getVariants()).containsExactly("a", "b");
    assertThat(announced.getAllowSelfReview()).as("four eyes unless the workspace says otherwise").isFalse();

    given().get("/workspaces/{id}", id).then().statusCode(200).body("name", equalTo("Space, Explained"))
        .body("sources[1].kind", equalTo("hacker-news")).body("brand.tone", equalTo("curious"));
    given().get("/workspaces").then().statusCode(200).body("id", hasItem(id));
  }

  @Test
  void creatingAnExistingIdIsA409AndChangesNothing() {
    String id = newId();
    given().contentType(ContentType.JSON).body(workspace(id, List.of())).post("/workspaces").then().statusCode(201);
    var other = workspace(id, List.of());
    other.put("name", "Someone else's channel");
    given().contentType(ContentType.JSON).body(other).post("/workspaces")
        .then().statusCode(409).body("message", containsString("PUT /workspaces/" + id));
    given().get("/workspaces/{id}", id).then().body("name", equalTo("Space, Explained")).body("version", equalTo(1));
  }

  @Test
  void aChangedDefinitionIsTheNextVersionAndAnIdenticalOneChangesNothing() {
    String id = newId();
    var body = workspace(id, List.of(spaceNewsFeed()));
    given().contentType(ContentType.JSON).body(body).post("/workspaces").then().statusCode(201);

    body.put("fetchCron", "0 15 */2 * * ?");
    body.put("targetFormat", "SHORTS");
    body.put("targetLengthSeconds", 58);
    body.put("allowSelfReview", true);
    given().contentType(ContentType.JSON).body(body).put("/workspaces/{id}", id)
        .then().statusCode(200).body("version", equalTo(2)).body("targetFormat", equalTo("SHORTS"));
    WorkspaceConfigured second = streams.awaitValue(Topics.WORKSPACES, id,
        (WorkspaceConfigured event) -> event.getVersion() == 2, EVENT_TIMEOUT);
    assertThat(second.getFetchCron()).isEqualTo("0 15 */2 * * ?");
    assertThat(second.getTargetLengthSeconds()).isEqualTo(58);
    assertThat(second.getAllowSelfReview()).isTrue();

    given().contentType(ContentType.JSON).body(body).put("/workspaces/{id}", id)
        .then().statusCode(200).body("version", equalTo(2));
    assertThat(streams.countWithKey(Topics.WORKSPACES, id, Duration.ofSeconds(3))).as("v1 and v2 only").isEqualTo(2);
  }

  @Test
  void unknownWorkspacesAre404() {
    String id = newId();
    given().get("/workspaces/{id}", id).then().statusCode(404).body("message", containsString(id));
    given().contentType(ContentType.JSON).body(workspace(id, List.of())).put("/workspaces/{id}", id)
        .then().statusCode(404);
    given().post("/workspaces/{id}/fetch", id).then().statusCode(404);
    given().post("/workspaces/{id}/trends/fetch", id).then().statusCode(404);
  }

  @Test
  void invalidDefinitionsAre400sNamingEachField() {
    String id = newId();
    var body = workspace(id, List.of(source("Bad Name", "gopher", " "), spaceNewsFeed(), spaceNewsFeed()));
    body.remove("name");
    body.put("language", "english please");
    body.put("targetFormat", "VERTICAL");
    body.put("budgetPerVideoUsd", -1);
    body.put("fetchCron", "every six hours");
    ((Map<String, Object>) body.get("brand")).remove("tone");
    body.put("promptExperiments", List.of(Map.of("phase", "SELECTION", "variants", List.of("only-one"))));

    List<Map<String, String>> violations = given().contentType(ContentType.JSON).body(body).post("/workspaces")
        .then().statusCode(400).extract().jsonPath().getList("violations");
    assertThat(violations).extracting(violation -> violation.get("field").replaceFirst("^create\\.body\\.", ""))
        .contains("name", "language", "targetFormat", "budgetPerVideoUsd", "fetchCron", "brand.tone",
            "sources[0].name", "sources[0].kind", "sources[0].target", "sourceNamesUnique",
            "promptExperiments[0].variants");
    assertThat(violations).allSatisfy(violation -> assertThat(violation.get("message")).isNotBlank());

    var shortsTooLong = workspace(id, List.of());
    shortsTooLong.put("targetFormat", "SHORTS");
    shortsTooLong.put("targetLengthSeconds", 600);
    given().contentType(ContentType.JSON).body(shortsTooLong).post("/workspaces").then().statusCode(400)
        .body("violations[0].message", containsString("at most 180 seconds"));

    var badId = workspace("Not_An_Id", List.of());
    given().contentType(ContentType.JSON).body(badId).post("/workspaces").then().statusCode(400)
        .body("violations[0].field", containsString("id"));
    given().contentType(ContentType.JSON).body("{\"id\": ").post("/workspaces").then().statusCode(400);
    given().contentType(ContentType.JSON).post("/workspaces").then().statusCode(400);
    given().get("/workspaces/{id}", id).then().statusCode(404);
  }

  @Test
  void aPutMustNameTheWorkspaceOfItsPath() {
    String id = newId();
    given().contentType(ContentType.JSON).body(workspace(id, List.of())).post("/workspaces").then().statusCode(201);
    given().contentType(ContentType.JSON).body(workspace(newId(), List.of())).put("/workspaces/{id}", id)
        .then().statusCode(400).body("violations[0].field", equalTo("id"));
  }
}
