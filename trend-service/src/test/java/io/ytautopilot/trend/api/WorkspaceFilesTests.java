package io.ytautopilot.trend.api;

import static io.restassured.RestAssured.given;
import static io.ytautopilot.trend.api.TestWorkspaces.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.ytautopilot.eventing.blocking.ReactiveTransactions;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.WorkspaceConfigured;
import io.ytautopilot.testsupport.EventStreams;
import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.TargetFormat;
import io.ytautopilot.trend.domain.WorkspaceChange;
import io.ytautopilot.trend.domain.WorkspaceDefinition;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspace files (YAML) as the local stack applies them at start-up. */
@QuarkusTest
@QuarkusTestResource(SourceStubs.class)
class WorkspaceFilesTests {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);
  private final EventStreams streams = EventStreams.shared();

  @Inject WorkspaceFiles files;

  @TempDir Path folder;

  @Test
  void anUnchangedFileEmitsNothingAndAChangedOneTheNextVersion() throws IOException {
    String id = newId();
    Path file = folder.resolve(id + ".yaml");
    Files.writeString(file, yaml(id, "0 0 */6 * * ?"));

    assertThat(apply()).extracting(WorkspaceChange::kind).containsExactly(WorkspaceChange.Kind.CREATED);
    streams.awaitValue(Topics.WORKSPACES, id, (WorkspaceConfigured event) -> event.getVersion() == 1, EVENT_TIMEOUT);

    assertThat(apply()).extracting(WorkspaceChange::kind).as("a restart with the same file")
        .containsExactly(WorkspaceChange.Kind.UNCHANGED);
    assertThat(streams.countWithKey(Topics.WORKSPACES, id, Duration.ofSeconds(3))).isEqualTo(1);

    Files.writeString(file, yaml(id, "0 0 */3 * * ?"));
    assertThat(apply()).extracting(change -> change.workspace().version()).containsExactly(2);
    WorkspaceConfigured changed = streams.awaitValue(Topics.WORKSPACES, id,
        (WorkspaceConfigured event) -> event.getVersion() == 2, EVENT_TIMEOUT);
    assertThat(changed.getFetchCron()).isEqualTo("0 0 */3 * * ?");
    assertThat(changed.getSources()).extracting(source -> source.getOptions().get("limit")).containsExactly("5");
    given().get("/workspaces/{id}", id).then().statusCode(200).body("version", equalTo(2))
        .body("name", equalTo("Tiny Space"));
  }

  @Test
  void aBadFileFailsNamingTheFileAndTheField() throws IOException {
    Path unknownKind = folder.resolve("unknown-kind.yaml");
    Files.writeString(unknownKind, yaml(newId(), "0 0 */6 * * ?").replace("kind: rss", "kind: gopher"));
    assertThatThrownBy(() -> files.read(folder)).hasMessageContaining(unknownKind.toString())
        .hasMessageContaining("sources[0].kind").hasMessageContaining("rss, hacker-news, reddit or youtube");

    Files.writeString(unknownKind, yaml(newId(), "0 0 */6 * * ?").replace("niche:", "nich:"));
    assertThatThrownBy(() -> files.read(folder)).hasMessageContaining(unknownKind.toString())
        .hasMessageContaining("field nich");

    Files.writeString(unknownKind, yaml(newId(), "0 0 */6 * * ?").replace("targetLengthSeconds: 480",
        "targetLengthSeconds: eight minutes"));
    assertThatThrownBy(() -> files.read(folder)).hasMessageContaining("field targetLengthSeconds");
  }

  @Test
  void twoFilesCannotDefineOneWorkspace() throws IOException {
    String id = newId();
    Files.writeString(folder.resolve("a.yaml"), yaml(id, "0 0 */6 * * ?"));
    Files.writeString(folder.resolve("b.yaml"), yaml(id, "0 0 */6 * * ?"));
    assertThatThrownBy(() -> files.read(folder)).hasMessageContaining("b.yaml")
        .hasMessageContaining("defined in " + folder.resolve("a.yaml"));
  }

  @Test
  void theShippedExampleWorkspacesAreValid() {
    List<WorkspaceDefinition> shipped = files.read(Path.of("../local-stack/workspaces"));
    assertThat(shipped).extracting(WorkspaceDefinition::id).containsExactly("demo", "retro-tech");
    WorkspaceDefinition demo = shipped.get(0);
    assertThat(demo.sources()).singleElement().satisfies(source -> {
      assertThat(source.kind()).isEqualTo(SourceKind.RSS);
      assertThat(source.target()).startsWith("file:");
    });
    WorkspaceDefinition retro = shipped.get(1);
    assertThat(retro.targetFormat()).isEqualTo(TargetFormat.SHORTS);
    assertThat(retro.sources()).extracting(source -> source.kind())
        .contains(SourceKind.HACKER_NEWS, SourceKind.REDDIT, SourceKind.RSS, SourceKind.YOUTUBE);
  }

  private List<WorkspaceChange> apply() {
    return ReactiveTransactions.await(() -> files.apply(folder));
  }

  private static String yaml(String id, String cron) {
    return """
        id: %s
        name: Tiny Space
        niche: space explainers
        nicheKeywords: [space]
        language: en
        audience: anyone curious
        brand:
          tone: calm
          voice: a narrator
          visualStyle: diagrams
        targetFormat: LONG
        targetLengthSeconds: 480
        budgetPerVideoUsd: 2
        budgetPerMonthUsd: 20
        sources:
          - name: space-news
            kind: rss
            target: file:space-news.rss
            options:
              limit: 5
        fetchCron: "%s"
        """.formatted(id, cron);
  }
}
