package io.ytautopilot.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every file under k8s/ on its own: it parses strictly, and kustomizations point at files that exist. */
class ManifestFilesTests {

  @Test
  void everyManifestUnderK8sParsesStrictlyAsKubernetesResources() {
    var manifests = Repo.yamlFilesUnder(Repo.K8S).stream().filter(f -> !isKustomization(f)).toList();

    assertThat(manifests).isNotEmpty();
    for (var file : manifests) {
      assertThat(Manifests.parse(Repo.read(file)).resources()).as(file.toString()).isNotEmpty();
    }
  }

  @Test
  void aMisspelledFieldIsRejectedRatherThanIgnored() {
    var typo = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: review-service
        spec:
          replica: 2
        """;

    assertThatThrownBy(() -> Manifests.parse(typo)).hasMessageContaining("replica");
  }

  @Test
  void anUnknownKindIsRejected() {
    assertThatThrownBy(() -> Manifests.parse("apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: x\n"))
        .hasMessageContaining("Deploymnet");
  }

  @Test
  void kustomizationsNameOnlyFilesAndFoldersThatExist() {
    var kustomizations = Repo.yamlFilesUnder(Repo.K8S).stream().filter(ManifestFilesTests::isKustomization).toList();

    assertThat(kustomizations).extracting(f -> Repo.K8S.relativize(f).toString())
        .containsExactlyInAnyOrder("base/kustomization.yaml", "overlays/dev/kustomization.yaml", "overlays/prod/kustomization.yaml");
    for (var kustomization : kustomizations) {
      @SuppressWarnings("unchecked")
      var resources = (List<String>) Repo.yamlFile(kustomization).get("resources");
      assertThat(resources).as(kustomization.toString()).isNotEmpty()
          .allSatisfy(entry -> assertThat(kustomization.resolveSibling(entry)).exists());
    }
  }

  private static boolean isKustomization(Path file) {
    return file.getFileName().toString().equals("kustomization.yaml");
  }
}
