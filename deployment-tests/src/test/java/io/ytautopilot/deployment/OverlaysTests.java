package io.ytautopilot.deployment;

import static io.ytautopilot.deployment.RenderedManifestsTests.bytes;
import static io.ytautopilot.deployment.RenderedManifestsTests.container;
import static io.ytautopilot.deployment.RenderedManifestsTests.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.ytautopilot.events.Topics;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** dev is a one-broker cluster with one of everything; prod scales out. */
class OverlaysTests {

  @Test
  void devFitsASingleBrokerWithOnePartitionPerTopicAndOneReplicaPerService() {
    var dev = rendered("overlays/dev");

    assertThat(dev.kafkaTopics()).allSatisfy(topic -> {
      assertThat(Manifests.spec(topic)).containsEntry("replicas", 1);
      assertThat(Manifests.partitions(topic)).isEqualTo(1);
    });
    assertThat(dev.all(Deployment.class)).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
  }

  @Test
  void prodHasMorePartitionsForEveryEventTopicAndMostForRendering() {
    var dev = partitions("overlays/dev");
    var prod = partitions("overlays/prod");

    for (var topic : dev.keySet()) {
      if (topic.startsWith("yt.")) assertThat(prod.get(topic)).as(topic).isGreaterThan(dev.get(topic));
    }
    assertThat(prod.get(Topics.SCRIPT_APPROVED)).as("production-service scales by these partitions")
        .isEqualTo(prod.values().stream().mapToInt(Integer::intValue).max().orElseThrow());
  }

  @Test
  void prodRunsMoreReplicasOfEveryScalableServiceButOneTrendScheduler() {
    var dev = replicas("overlays/dev");
    var prod = replicas("overlays/prod");

    assertThat(prod).containsEntry("trend-service", 1);
    for (var service : dev.keySet()) {
      if (!service.equals("trend-service")) assertThat(prod.get(service)).as(service).isGreaterThan(dev.get(service));
    }
  }

  @Test
  void prodGivesEveryServiceMoreMemoryThanDev() {
    var dev = rendered("overlays/dev");
    var prod = rendered("overlays/prod");

    for (var deployment : prod.all(Deployment.class)) {
      var name = deployment.getMetadata().getName();
      assertThat(bytes(container(deployment).getResources().getLimits().get("memory"))).as(name)
          .isGreaterThan(bytes(container(dev.named(Deployment.class, name)).getResources().getLimits().get("memory")));
    }
  }

  @Test
  void theConsolePlaysMediaFromProductionServicesAddressAsReviewersBrowsersReachIt() {
    var dev = rendered("overlays/dev");
    var prod = rendered("overlays/prod");

    assertThat(dev.environmentValue(dev.named(Deployment.class, "review-service"), "YT_CONSOLE_MEDIA_BASE_URL"))
        .as("kubectl port-forward svc/production-service 8094:80").isEqualTo("http://localhost:8094");
    assertThat(prod.environmentValue(prod.named(Deployment.class, "review-service"), "YT_CONSOLE_MEDIA_BASE_URL"))
        .as("a public HTTPS address, not a developer's machine").startsWith("https://").doesNotContain("localhost");
  }

  @Test
  void eachOverlayDeploysIntoItsOwnNamespace() {
    assertThat(rendered("overlays/dev").resources()).allSatisfy(r -> assertThat(r.getMetadata().getNamespace()).isEqualTo("yt-autopilot-dev"));
    assertThat(rendered("overlays/prod").resources()).allSatisfy(r -> assertThat(r.getMetadata().getNamespace()).isEqualTo("yt-autopilot"));
  }

  private static Map<String, Integer> partitions(String overlay) {
    return rendered(overlay).kafkaTopics().stream()
        .collect(Collectors.toMap(Manifests::topicName, Manifests::partitions));
  }

  private static Map<String, Integer> replicas(String overlay) {
    return rendered(overlay).all(Deployment.class).stream()
        .collect(Collectors.toMap(d -> d.getMetadata().getName(), d -> d.getSpec().getReplicas()));
  }
}
