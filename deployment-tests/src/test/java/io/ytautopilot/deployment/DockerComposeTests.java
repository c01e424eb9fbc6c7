package io.ytautopilot.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docker-compose.yml (it cannot run on the build machines) stays in step with the local stack and the services' config. */
class DockerComposeTests {

  private static final Services SERVICES = Services.load();
  private static final Map<String, Object> COMPOSE = Repo.yamlFile(Repo.ROOT.resolve("docker-compose.yml"));
  private static final Pattern CREATE_DATABASE = Pattern.compile("CREATE DATABASE \"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CREATE_ROLE = Pattern.compile("CREATE ROLE (\\w+) LOGIN PASSWORD '([^']*)'", Pattern.CASE_INSENSITIVE);
  private static final String CONTAINER_PORT = "8080";

  @Test
  void everyServiceAnswersOnItsLocalStackPort() {
    for (var service : SERVICES.byName().values()) {
      var compose = composeService(service.name());
      assertThat(service.localStackPort()).as(service.name() + " in ./yt-autopilot").isNotNull();
      assertThat(compose.get("ports")).as(service.name()).isEqualTo(List.of(service.localStackPort() + ":" + CONTAINER_PORT));
      assertThat(environment(service.name())).containsEntry("QUARKUS_HTTP_PORT", CONTAINER_PORT);
    }
    assertThat(composeService("review-service").get("ports")).isEqualTo(List.of("8093:8080"));
  }

  @Test
  void everyEnvironmentVariableIsAConfigKeyTheServiceReads() {
    for (var service : SERVICES.byName().values()) {
      var environment = environment(service.name());
      assertThat(environment.keySet()).as(service.name()).allMatch(service::reads)
          .contains("KAFKA_BOOTSTRAP_SERVERS", "YT_REGISTRY_URL", "YT_DATABASE_HOST", "YT_DATABASE_NAME",
              "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
      assertThat(environment).containsEntry("YT_DATABASE_NAME", service.defaultValue("yt.database.name"));
    }
  }

  @Test
  void servicesReachKafkaTheRegistryAndPostgresByTheirComposeAddresses() {
    var kafka = environment("kafka");
    for (var service : SERVICES.byName().values()) {
      var environment = environment(service.name());
      assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS").toString())
          .contains("//" + environment.get("KAFKA_BOOTSTRAP_SERVERS"));
      assertThat(environment.get("YT_REGISTRY_URL").toString()).startsWith("http://registry:8080/apis/registry/v3");
      assertThat(environment.get("YT_DATABASE_HOST")).isEqualTo("postgres:5432");
    }
  }

  @Test
  void everyServiceStartsOnlyOnceKafkaTheRegistryAndPostgresAreHealthy() {
    for (var name : SERVICES.byName().keySet()) {
      var dependsOn = map(composeService(name), "depends_on");
      for (var infrastructure : List.of("kafka", "registry", "postgres")) {
        assertThat(dependsOn).as(name).containsEntry(infrastructure, Map.of("condition", "service_healthy"));
        assertThat(composeService(infrastructure)).as(infrastructure).containsKey("healthcheck");
      }
      assertThat(map(composeService(name), "healthcheck").get("test").toString()).contains("/q/health/ready");
    }
  }

  @Test
  void theInfrastructureIsKraftKafkaApicurio3AndPostgres15() {
    assertThat(composeService("kafka").get("image").toString()).startsWith("apache/kafka:");
    assertThat(environment("kafka").get("KAFKA_PROCESS_ROLES").toString()).contains("controller");
    assertThat(composeService("registry").get("image").toString()).startsWith("apicurio/apicurio-registry:3.");
    assertThat(composeService("postgres").get("image")).isEqualTo("postgres:15");
  }

  @Test
  void everyServiceIsBuiltFromADockerfileThatExists() {
    for (var name : SERVICES.byName().keySet()) {
      var build = map(composeService(name), "build");
      var dockerfile = Repo.ROOT.resolve((String) build.get("context")).resolve((String) build.get("dockerfile")).normalize();
      assertThat(dockerfile).as(name).isEqualTo(Repo.ROOT.resolve(name + "/src/main/docker/Dockerfile.jvm")).exists();
    }
  }

  @Test
  void thePostgresInitScriptCreatesTheRoleAndEveryDatabaseTheStackUses() {
    var init = initScripts();
    var databases = CREATE_DATABASE.matcher(init).results().map(m -> m.group(1)).collect(Collectors.toSet());
    var role = CREATE_ROLE.matcher(init).results().findFirst().orElseThrow(() -> new AssertionError("no CREATE ROLE"));

    for (var service : SERVICES.byName().values()) {
      assertThat(databases).as(service.name()).contains(service.defaultValue("yt.database.name"));
      assertThat(environment(service.name()))
          .containsEntry("QUARKUS_DATASOURCE_USERNAME", role.group(1))
          .containsEntry("QUARKUS_DATASOURCE_PASSWORD", role.group(2));
    }
    var registry = environment("registry");
    assertThat(registry.get("APICURIO_DATASOURCE_URL").toString()).startsWith("jdbc:postgresql://postgres:5432/");
    assertThat(databases).contains(registry.get("APICURIO_DATASOURCE_URL").toString().replaceAll(".*/", ""));
  }

  @Test
  void productionAndPublishShareTheMediaVolumeAtTheSamePath() {
    var production = composeService("production-service").get("volumes");
    assertThat(production).isEqualTo(composeService("publish-service").get("volumes"));
    var mountPath = ((List<?>) production).get(0).toString().split(":")[1];
    assertThat(environment("production-service").get("YT_MEDIA_DIR").toString()).startsWith(mountPath + "/");
    assertThat(environment("publish-service").get("YT_EXPORT_DIR").toString()).startsWith(mountPath + "/");
  }

  /** Every file the postgres container runs from /docker-entrypoint-initdb.d. */
  private static String initScripts() {
    var mount = ((List<?>) composeService("postgres").get("volumes")).stream().map(Object::toString)
        .filter(v -> v.contains(":/docker-entrypoint-initdb.d")).findFirst().orElseThrow();
    var folder = Repo.ROOT.resolve(mount.substring(0, mount.indexOf(':'))).normalize();
    assertThat(folder).startsWith(Repo.ROOT.resolve("local-stack/compose"));
    try (var files = Files.list(folder)) {
      return files.sorted().map(Repo::read).collect(Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> composeService(String name) {
    var service = map(map(COMPOSE, "services"), name);
    assertThat(service).as("docker-compose.yml service " + name).isNotEmpty();
    return service;
  }

  private static Map<String, Object> environment(String service) {
    return map(composeService(service), "environment");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.getOrDefault(key, Map.of());
  }
}
