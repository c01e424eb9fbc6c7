package io.ytautopilot.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.signing.SigningKeys;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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
  private static final String LOOPBACK = "127.0.0.1:";
  /** ./yt-autopilot: where the dev key pair lives, and the flags that give review-service the dev token issuer. */
  private static final Pattern DEV_KEYS_FOLDER = Pattern.compile("^DEV_KEYS=\"\\$ROOT/([^\"]+)\"$", Pattern.MULTILINE);
  private static final Pattern DEV_AUTH_ARGS = Pattern.compile("^DEV_AUTH_ARGS=\\(([^)]*)\\)", Pattern.MULTILINE);
  private static final Pattern SYSTEM_PROPERTY = Pattern.compile("\"-D([^=\\s]+)=([^\"]*)\"");

  @Test
  void everyServiceAnswersOnItsLocalStackPort() {
    for (var service : SERVICES.byName().values()) {
      var compose = composeService(service.name());
      assertThat(service.localStackPort()).as(service.name() + " in ./yt-autopilot").isNotNull();
      assertThat(compose.get("ports")).as(service.name())
          .isEqualTo(List.of(LOOPBACK + service.localStackPort() + ":" + CONTAINER_PORT));
      assertThat(environment(service.name())).containsEntry("QUARKUS_HTTP_PORT", CONTAINER_PORT);
    }
    assertThat(composeService("review-service").get("ports")).isEqualTo(List.of("127.0.0.1:8093:8080"));
  }

  @Test
  void everyPublishedPortListensOnThisMachineOnly() {
    // compose runs a dev setup: the dev token issuer and published keys must not be reachable from the network
    var published = map(COMPOSE, "services").keySet().stream()
        .flatMap(name -> ((List<?>) composeService(name).getOrDefault("ports", List.of())).stream()
            .map(port -> name + " " + port))
        .toList();
    assertThat(published).isNotEmpty().allSatisfy(port -> assertThat(port).contains(" " + LOOPBACK));
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

  @Test
  void onlyReviewSignsApprovalsAndPublishTrustsThePublicHalfOfItsKey() throws Exception {
    var review = environment("review-service");
    var publish = environment("publish-service");
    String keyId = review.get("YT_APPROVAL_SIGNING_KEY_ID").toString();
    var signingKey = SigningKeys.privateKey(review.get("YT_APPROVAL_SIGNING_KEY").toString(), "YT_APPROVAL_SIGNING_KEY");
    String trusted = "YT_APPROVAL_TRUSTED_KEYS_" + keyId.toUpperCase(Locale.ROOT) + "_";
    var publicKey = SigningKeys.publicKey(publish.get(trusted + "PUBLIC_KEY").toString(), trusted + "PUBLIC_KEY");
    assertThat(Instant.parse(publish.get(trusted + "VALID_FROM").toString())).isBefore(Instant.now());

    var signer = Signature.getInstance(SigningKeys.ALGORITHM);
    signer.initSign(signingKey);
    signer.update(new byte[] {42});
    var verifier = Signature.getInstance(SigningKeys.ALGORITHM);
    verifier.initVerify(publicKey);
    verifier.update(new byte[] {42});
    assertThat(verifier.verify(signer.sign())).as("publish trusts the public half of review's key").isTrue();
    for (var service : SERVICES.byName().keySet()) {
      if (!service.equals("review-service")) {
        assertThat(environment(service)).as(service + " could sign approvals").doesNotContainKey("YT_APPROVAL_SIGNING_KEY");
      }
    }
  }

  @Test
  void reviewServiceIssuesAndAcceptsDevTokensAsOnTheLocalStack() {
    var script = Repo.read(Repo.ROOT.resolve("yt-autopilot"));
    var devKeys = match(DEV_KEYS_FOLDER, script, "DEV_KEYS=\"$ROOT/...\" in ./yt-autopilot");
    var flags = SYSTEM_PROPERTY.matcher(match(DEV_AUTH_ARGS, script, "DEV_AUTH_ARGS=(...) in ./yt-autopilot")).results().toList();
    assertThat(flags).as("the local stack's dev sign-in flags").isNotEmpty();

    var mount = mountOf("review-service", Repo.ROOT.resolve(devKeys));
    assertThat(mount).as("the published dev keys stay read-only").endsWith(":ro");
    var containerFolder = mount.split(":")[1];
    var environment = environment("review-service");
    for (var flag : flags) {
      var value = flag.group(2);
      assertThat(environment).as(flag.group(0)).containsEntry(Services.asEnvironmentVariable(flag.group(1)),
          value.replace("$DEV_KEYS", containerFolder));
      if (value.startsWith("file:$DEV_KEYS/")) {
        assertThat(Repo.ROOT.resolve(devKeys).resolve(value.substring("file:$DEV_KEYS/".length()))).exists();
      }
    }
  }

  @Test
  void theBrokerCreatesEveryTopicOnFirstUseAsTheLocalStackDoes() {
    var localStack = new Properties();
    try {
      localStack.load(new StringReader(Repo.read(Repo.ROOT.resolve("local-stack/src/server.properties.template"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThat(localStack.getProperty("auto.create.topics.enable")).as("nothing else creates the topics").isEqualTo("true");
    assertThat(environment("kafka")).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
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

  /** A container's environment as compose builds it: its env_file entries, overridden by its environment. */
  private static Map<String, Object> environment(String service) {
    var environment = new LinkedHashMap<String, Object>();
    var envFiles = composeService(service).getOrDefault("env_file", List.of());
    for (var file : envFiles instanceof String single ? List.of(single) : (List<?>) envFiles) {
      var path = Repo.ROOT.resolve((String) file).normalize();
      assertThat(path).as(service + " env_file").startsWith(Repo.ROOT.resolve("local-stack/compose")).exists();
      Repo.read(path).lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(line -> environment.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
    }
    environment.putAll(map(composeService(service), "environment"));
    return environment;
  }

  /** The bind mount of a repository folder into a service's container, as host:container[:mode]. */
  private static String mountOf(String service, Path folder) {
    return ((List<?>) composeService(service).getOrDefault("volumes", List.of())).stream().map(Object::toString)
        .filter(v -> Repo.ROOT.resolve(v.substring(0, v.indexOf(':'))).normalize().equals(folder.normalize()))
        .findFirst().orElseThrow(() -> new AssertionError(service + " does not mount " + Repo.ROOT.relativize(folder)));
  }

  private static String match(Pattern pattern, String text, String what) {
    var matcher = pattern.matcher(text);
    if (!matcher.find()) throw new AssertionError("no " + what);
    return matcher.group(1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.getOrDefault(key, Map.of());
  }
}
