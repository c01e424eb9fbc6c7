package io.ytautopilot.deployment;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;

/** Kubernetes manifests parsed strictly with the fabric8 model, and kustomize output. */
record Manifests(List<HasMetadata> resources) {

  static final String KAFKA_TOPIC_API_VERSION = "kafka.strimzi.io/v1beta2";

  /**
   * The fabric8 model keeps fields it does not know in an "additionalProperties" map, so a
   * misspelled field would pass unnoticed. Here only GenericKubernetesResource (how fabric8 reads
   * kinds it has no class for, such as KafkaTopic) may do that; everything else must be known.
   */
  private static final KubernetesSerialization STRICT = new KubernetesSerialization(
      JsonMapper.builder()
          .annotationIntrospector(new OnlyGenericResourcesTakeUnknownFields())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build(),
      true); // find the model classes (Deployment, ConfigMap ...) on the class path by kind

  static Manifests parse(String yaml) {
    return parse(Repo.yamlDocuments(yaml));
  }

  static Manifests parse(List<Map<String, Object>> documents) {
    return new Manifests(documents.stream().map(Manifests::parseResource).toList());
  }

  /** kubectl kustomize where kubectl is installed, otherwise the same output built here (see KustomizeWithoutKubectl). */
  static Manifests render(Path kustomization) {
    return kubectlOnPath() ? parse(kubectlKustomize(kustomization)) : parse(KustomizeWithoutKubectl.render(kustomization));
  }

  static boolean kubectlOnPath() {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, "kubectl"))
        .anyMatch(Files::isExecutable);
  }

  static String kubectlKustomize(Path kustomization) {
    try {
      var process = new ProcessBuilder("kubectl", "kustomize", kustomization.toString())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("kubectl kustomize " + kustomization + " failed");
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HasMetadata parseResource(Map<String, Object> document) {
    var resource = (HasMetadata) STRICT.convertValue(document, KubernetesResource.class);
    if (resource instanceof GenericKubernetesResource && !"KafkaTopic".equals(resource.getKind())) {
      throw new IllegalArgumentException("unknown kind " + resource.getApiVersion() + " " + resource.getKind()
          + " (" + resource.getMetadata().getName() + ")");
    }
    return resource;
  }

  <T extends HasMetadata> List<T> all(Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  <T extends HasMetadata> T named(Class<T> type, String name) {
    return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
  }

  List<GenericKubernetesResource> kafkaTopics() {
    return all(GenericKubernetesResource.class);
  }

  /** The value a container gets for an environment variable: literal or from a ConfigMap of these manifests. */
  String environmentValue(Deployment deployment, String variable) {
    var env = env(deployment, variable);
    if (env.getValueFrom() == null) return env.getValue();
    var ref = Objects.requireNonNull(env.getValueFrom().getConfigMapKeyRef(), variable + " is not from a ConfigMap");
    return named(ConfigMap.class, ref.getName()).getData().get(ref.getKey());
  }

  /** The Secret key a container's environment variable is read from; fails if it is set any other way. */
  static SecretKeySelector secretKeyRef(Deployment deployment, String variable) {
    var env = env(deployment, variable);
    if (env.getValueFrom() == null || env.getValueFrom().getSecretKeyRef() == null) {
      throw new AssertionError(deployment.getMetadata().getName() + " sets " + variable + " other than from a Secret");
    }
    return env.getValueFrom().getSecretKeyRef();
  }

  /** A container's environment variable by name; fails if it is not set. */
  static EnvVar env(Deployment deployment, String variable) {
    return deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
        .filter(e -> e.getName().equals(variable)).findFirst()
        .orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + " does not set " + variable));
  }

  /** Spec fields of a KafkaTopic (fabric8 has no class for Strimzi's kinds). */
  @SuppressWarnings("unchecked")
  static Map<String, Object> spec(GenericKubernetesResource topic) {
    return (Map<String, Object>) topic.getAdditionalProperties().get("spec");
  }

  static String topicName(GenericKubernetesResource topic) {
    return (String) spec(topic).getOrDefault("topicName", topic.getMetadata().getName());
  }

  static int partitions(GenericKubernetesResource topic) {
    return (Integer) spec(topic).get("partitions");
  }

  private static final class OnlyGenericResourcesTakeUnknownFields extends JacksonAnnotationIntrospector {
    @Override
    public Boolean hasAnySetter(MapperConfig<?> config, Annotated annotated) {
      var generic = annotated instanceof AnnotatedMember member
          && member.getDeclaringClass() == GenericKubernetesResource.class;
      return generic ? super.hasAnySetter(config, annotated) : Boolean.FALSE;
    }
  }
}
