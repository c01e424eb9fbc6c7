package io.ytautopilot.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Machines without kubectl check the manifests as KustomizeWithoutKubectl renders them; where
 * kubectl is installed, this proves that rendering identical to kubectl's, resource by resource.
 */
class KustomizeWithoutKubectlTests {

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void rendersEveryResourceAsKubectlKustomizeDoes(String kustomization) {
    var folder = Repo.K8S.resolve(kustomization);
    var withoutKubectl = byKindAndName(Manifests.parse(KustomizeWithoutKubectl.render(folder)));

    // overlays only patch: every overlay holds exactly the resources of the base's files
    assertThat(withoutKubectl.keySet()).isEqualTo(baseFileResources());
    if (Manifests.kubectlOnPath()) {
      var withKubectl = byKindAndName(Manifests.parse(Manifests.kubectlKustomize(folder)));
      assertThat(withoutKubectl.keySet()).isEqualTo(withKubectl.keySet());
      withKubectl.forEach((resource, expected) -> assertThat(withoutKubectl.get(resource)).as(resource).isEqualTo(expected));
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> baseFileResources() {
    var base = Repo.K8S.resolve("base");
    return ((List<String>) Repo.yamlFile(base.resolve("kustomization.yaml")).get("resources")).stream()
        .flatMap(file -> byKindAndName(Manifests.parse(Repo.read(base.resolve(file)))).keySet().stream())
        .collect(Collectors.toSet());
  }

  private static Map<String, HasMetadata> byKindAndName(Manifests manifests) {
    return manifests.resources().stream()
        .collect(Collectors.toMap(r -> r.getKind() + "/" + r.getMetadata().getName(), Function.identity()));
  }
}
