package io.ytautopilot.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.ytautopilot.eventing.failures.FailureTopics;
import io.ytautopilot.events.Topics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The base and both overlays as kubectl applies them (rendered by kubectl kustomize, or without
 * kubectl where it is missing), checked for what a broken deployment would show.
 */
class RenderedManifestsTests {

  private static final Services SERVICES = Services.load();
  private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
  private static final Pattern MAX_HEAP = Pattern.compile("-Xmx(\\d+)([mg])");
  /** Metaspace, code cache, thread stacks and direct buffers of these services stay below this. */
  private static final long NON_HEAP_MIB = 128;
  /** The Secrets are created per cluster; k8s/examples/ shows the shape of each, in no kustomization. */
  static final Manifests SECRET_EXAMPLES = Manifests.parse(Repo.yamlFilesUnder(Repo.K8S.resolve("examples")).stream()
      .flatMap(file -> Repo.yamlDocuments(Repo.read(file)).stream()).toList());

  static Manifests rendered(String kustomization) {
    return RENDERED.computeIfAbsent(kustomization, k -> Manifests.render(Repo.K8S.resolve(k)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void everyServiceHasADeploymentProbedOnItsHttpPort(String kustomization) {
    var manifests = rendered(kustomization);

    assertThat(manifests.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
        .containsExactlyInAnyOrderElementsOf(SERVICES.byName().keySet());
    for (var deployment : manifests.all(Deployment.class)) {
      var container = container(deployment);
      assertThat(container.getPorts()).singleElement().satisfies(port -> {
        assertThat(port.getName()).isEqualTo("http");
        assertThat(port.getContainerPort()).isEqualTo(8080);
      });
      assertThat(manifests.environmentValue(deployment, "QUARKUS_HTTP_PORT")).isEqualTo("8080");
      assertProbe(container.getLivenessProbe(), "/q/health/live");
      assertProbe(container.getReadinessProbe(), "/q/health/ready");
      assertProbe(container.getStartupProbe(), "/q/health/started");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void everyContainerHasAPinnedImageAndResourcesItsHeapFits(String kustomization) {
    var manifests = rendered(kustomization);

    for (var deployment : manifests.all(Deployment.class)) {
      var name = deployment.getMetadata().getName();
      var container = container(deployment);
      assertThat(container.getImage()).as(name).startsWith("ghcr.io/yt-autopilot/" + name + ":").doesNotEndWith(":latest");
      var requests = container.getResources().getRequests();
      var limits = container.getResources().getLimits();
      for (var resource : Set.of("cpu", "memory")) {
        assertThat(bytes(requests.get(resource))).as(name + " " + resource + " request within its limit")
            .isPositive().isLessThanOrEqualTo(bytes(limits.get(resource)));
      }
      var heap = MAX_HEAP.matcher(manifests.environmentValue(deployment, "JAVA_OPTS_APPEND"));
      assertThat(heap.find()).as(name + " pins its heap with -Xmx").isTrue();
      var heapMib = Long.parseLong(heap.group(1)) * (heap.group(2).equals("g") ? 1024 : 1);
      assertThat(bytes(limits.get("memory")).longValue() / (1024 * 1024))
          .as(name + ": the memory limit leaves " + NON_HEAP_MIB + " MiB beside a heap of " + heapMib + " MiB")
          .isGreaterThanOrEqualTo(heapMib + NON_HEAP_MIB);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void everyConfigMapAndSecretReferenceNamesAnExistingKey(String kustomization) {
    var manifests = rendered(kustomization);

    assertThat(manifests.all(Secret.class)).as("credentials are created in the cluster, never applied from git").isEmpty();
    for (var deployment : manifests.all(Deployment.class)) {
      for (var env : container(deployment).getEnv()) {
        if (env.getValueFrom() == null) {
          assertThat(env.getValue()).as(env.getName()).isNotBlank();
        } else if (env.getValueFrom().getConfigMapKeyRef() != null) {
          var ref = env.getValueFrom().getConfigMapKeyRef();
          assertThat(manifests.named(ConfigMap.class, ref.getName()).getData()).as(env.getName()).containsKey(ref.getKey());
        } else {
          var ref = env.getValueFrom().getSecretKeyRef();
          assertThat(SECRET_EXAMPLES.named(Secret.class, ref.getName()).getStringData()).as(env.getName()).containsKey(ref.getKey());
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void everyEnvironmentVariableIsAConfigKeyTheServiceReads(String kustomization) {
    for (var deployment : rendered(kustomization).all(Deployment.class)) {
      var service = SERVICES.get(deployment.getMetadata().getName());
      assertThat(container(deployment).getEnv()).extracting(EnvVar::getName)
          .as(service.name()).allMatch(service::reads)
          .contains("KAFKA_BOOTSTRAP_SERVERS", "YT_REGISTRY_URL", "YT_DATABASE_HOST", "YT_DATABASE_NAME",
              "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
      assertThat(rendered(kustomization).environmentValue(deployment, "YT_DATABASE_NAME"))
          .isEqualTo(service.defaultValue("yt.database.name"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void servicesAndDisruptionBudgetsSelectTheirDeploymentsPods(String kustomization) {
    var manifests = rendered(kustomization);

    for (var deployment : manifests.all(Deployment.class)) {
      var name = deployment.getMetadata().getName();
      var podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
      assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
      var service = manifests.named(Service.class, name);
      assertThat(podLabels).as("Service " + name).containsAllEntriesOf(service.getSpec().getSelector());
      assertThat(service.getSpec().getPorts()).singleElement()
          .satisfies(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("http"));
      var budget = manifests.named(PodDisruptionBudget.class, name);
      assertThat(podLabels).as("PodDisruptionBudget " + name).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void productionAndPublishShareTheMediaVolumeAtTheSamePath(String kustomization) {
    var manifests = rendered(kustomization);
    var production = manifests.named(Deployment.class, "production-service");
    var publish = manifests.named(Deployment.class, "publish-service");

    var claim = manifests.named(PersistentVolumeClaim.class, "yt-media");
    assertThat(claim.getSpec().getAccessModes()).as("mounted by pods on different nodes").containsExactly("ReadWriteMany");
    var mediaMount = mediaMountPath(production, claim);
    assertThat(mediaMountPath(publish, claim)).isEqualTo(mediaMount);
    assertThat(manifests.environmentValue(production, "YT_MEDIA_DIR")).startsWith(mediaMount + "/");
    assertThat(manifests.environmentValue(publish, "YT_EXPORT_DIR")).startsWith(mediaMount + "/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void everyEventTopicRetryTopicAndDeadLetterTopicIsAWellFormedKafkaTopic(String kustomization) {
    var manifests = rendered(kustomization);
    var bootstrap = manifests.named(ConfigMap.class, "yt-autopilot-config").getData().get("KAFKA_BOOTSTRAP_SERVERS");

    var eventTopics = Arrays.stream(Topics.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
        .map(RenderedManifestsTests::constantValue).collect(Collectors.toSet());
    var failureTopics = SERVICES.failureTopics();
    assertThat(eventTopics).as("every topic a consumer reads is an event topic of the contract")
        .containsAll(SERVICES.incomingTopicsByChannel().values());
    assertThat(manifests.kafkaTopics()).extracting(Manifests::topicName)
        .containsExactlyInAnyOrderElementsOf(union(eventTopics, failureTopics.keySet()));

    for (var topic : manifests.kafkaTopics()) {
      var name = Manifests.topicName(topic);
      var spec = Manifests.spec(topic);
      assertThat(topic.getApiVersion()).isEqualTo(Manifests.KAFKA_TOPIC_API_VERSION);
      assertThat(topic.getMetadata().getLabels()).as(name + ": the overlays' partition patches select topics by these labels")
          .containsEntry("yt-autopilot/topic-kind", eventTopics.contains(name) ? "event"
              : name.endsWith(FailureTopics.DEAD_LETTER_SUFFIX) ? "dead-letter" : "retry")
          .containsEntry("yt-autopilot/event-topic", eventTopics.contains(name) ? name : failureTopics.get(name));
      assertThat(topic.getAdditionalProperties()).as(name).containsOnlyKeys("spec");
      assertThat(spec).as(name).containsKeys("partitions", "replicas", "config")
          .satisfies(s -> assertThat(Set.of("topicName", "partitions", "replicas", "config")).containsAll(s.keySet()));
      assertThat(bootstrap).as("the services connect to the cluster that owns " + name)
          .startsWith(topic.getMetadata().getLabels().get("strimzi.io/cluster") + "-kafka-bootstrap:");
      var replicas = (Integer) spec.get("replicas");
      assertThat(Manifests.partitions(topic)).as(name).isPositive();
      @SuppressWarnings("unchecked")
      var minInSync = Integer.parseInt((String) ((Map<String, Object>) spec.get("config")).get("min.insync.replicas"));
      assertThat(minInSync).as(name + ": acks=all producers keep writing with one broker down")
          .isBetween(1, Math.max(1, replicas - 1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void everyRetryAndDeadLetterTopicHasThePartitionsOfItsInputTopic(String kustomization) {
    var partitions = rendered(kustomization).kafkaTopics().stream()
        .collect(Collectors.toMap(Manifests::topicName, Manifests::partitions));

    // SmallRye writes a failed record to the partition number it was read from
    SERVICES.failureTopics().forEach((failureTopic, input) ->
        assertThat(partitions.get(failureTopic)).as(failureTopic).isEqualTo(partitions.get(input)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void noConsumerGroupHasMoreInstancesThanItsTopicHasPartitions(String kustomization) {
    var manifests = rendered(kustomization);
    var partitions = manifests.kafkaTopics().stream()
        .collect(Collectors.toMap(Manifests::topicName, Manifests::partitions));

    for (var deployment : manifests.all(Deployment.class)) {
      var service = SERVICES.get(deployment.getMetadata().getName());
      for (var topic : service.incomingTopicsByChannel().values()) {
        assertThat(deployment.getSpec().getReplicas())
            .as(service.name() + " replicas beyond the partitions of " + topic + " would sit idle")
            .isLessThanOrEqualTo(partitions.get(topic));
      }
    }
  }

  static Container container(Deployment deployment) {
    assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
    return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  static BigDecimal bytes(Quantity quantity) {
    return Quantity.getAmountInBytes(quantity);
  }

  private static void assertProbe(Probe probe, String path) {
    assertThat(probe).isNotNull();
    assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
    assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
  }

  private static String mediaMountPath(Deployment deployment, PersistentVolumeClaim claim) {
    var volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
        .filter(v -> v.getPersistentVolumeClaim() != null
            && v.getPersistentVolumeClaim().getClaimName().equals(claim.getMetadata().getName()))
        .findFirst().orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + " does not mount the media claim"));
    return container(deployment).getVolumeMounts().stream().filter(m -> m.getName().equals(volume.getName()))
        .findFirst().orElseThrow().getMountPath();
  }

  private static String constantValue(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
  }
}
