package io.ytautopilot.deployment;

import static io.ytautopilot.deployment.RenderedManifestsTests.container;
import static io.ytautopilot.deployment.RenderedManifestsTests.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.ytautopilot.signing.SigningKeys;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The settings a deployment cannot take from the services' defaults: the keys of approvals (the
 * private key from a Secret to review-service alone, the public keys from a ConfigMap to
 * publish-service) and the identity provider whose tokens review-service accepts (the dev token
 * issuer stays off).
 */
class ApprovalKeysAndReviewerTokensTests {

  private static final Services SERVICES = Services.load();
  private static final List<String> SIGNING_KEY = List.of("YT_APPROVAL_SIGNING_KEY_ID", "YT_APPROVAL_SIGNING_KEY");
  private static final String TRUSTED_KEYS = "yt-approval-trusted-keys";

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void onlyReviewServiceHoldsTheKeyThatSignsApprovals(String kustomization) {
    var manifests = rendered(kustomization);
    var review = manifests.named(Deployment.class, "review-service");

    var refs = SIGNING_KEY.stream().map(variable -> Manifests.secretKeyRef(review, variable)).toList();
    assertThat(refs).as("review-service refuses to start without them")
        .allSatisfy(ref -> assertThat(ref.getOptional()).isNotEqualTo(Boolean.TRUE));
    assertThat(refs).extracting(SecretKeySelector::getName).containsOnly(refs.get(0).getName());
    var example = RenderedManifestsTests.SECRET_EXAMPLES.named(Secret.class, refs.get(0).getName()).getStringData();
    assertThat(example).as("k8s/examples/ shows the Secret to create")
        .containsKeys(refs.stream().map(SecretKeySelector::getKey).toArray(String[]::new));
    var readers = manifests.all(Deployment.class).stream().filter(d -> secretsReadBy(d).contains(refs.get(0).getName()))
        .map(d -> d.getMetadata().getName()).toList();
    assertThat(readers).as("whoever reads it can sign approvals").containsExactly("review-service");
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void publishServiceTrustsThePublicKeysOfTheConfigMapItMounts(String kustomization) throws Exception {
    var publish = rendered(kustomization).named(Deployment.class, "publish-service");

    var volume = publish.getSpec().getTemplate().getSpec().getVolumes().stream()
        .filter(v -> v.getConfigMap() != null && TRUSTED_KEYS.equals(v.getConfigMap().getName())).findFirst()
        .orElseThrow(() -> new AssertionError("publish-service mounts no ConfigMap " + TRUSTED_KEYS));
    var mount = container(publish).getVolumeMounts().stream().filter(m -> m.getName().equals(volume.getName()))
        .findFirst().orElseThrow();
    String location = Manifests.env(publish, "QUARKUS_CONFIG_LOCATIONS").getValue();
    assertThat(location).as("the file Quarkus reads the trusted keys from").startsWith("file:" + mount.getMountPath() + "/");
    String file = location.substring(("file:" + mount.getMountPath() + "/").length());

    var example = RenderedManifestsTests.SECRET_EXAMPLES.named(ConfigMap.class, TRUSTED_KEYS).getData();
    assertThat(example).as("k8s/examples/ shows the ConfigMap to create").containsKey(file);
    var trusted = new Properties();
    trusted.load(new StringReader(example.get(file)));
    String signingKeyId = RenderedManifestsTests.SECRET_EXAMPLES.named(Secret.class, "yt-approval-signing-key")
        .getStringData().get("key-id");
    String prefix = "yt.approval.trusted-keys.\"" + signingKeyId + "\".";
    assertThat(SigningKeys.publicKey(trusted.getProperty(prefix + "public-key"), prefix + "public-key"))
        .as("the example trusts the example signing key's id").isNotNull();
    assertThat(Instant.parse(trusted.getProperty(prefix + "valid-from"))).isBefore(Instant.now());
    assertThat(secretsReadBy(publish)).as("publish-service can verify, never sign")
        .doesNotContain("yt-approval-signing-key");
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void reviewServiceAcceptsOnlyTokensOfTheConfiguredIdentityProvider(String kustomization) {
    var manifests = rendered(kustomization);
    var review = manifests.named(Deployment.class, "review-service");

    for (var variable : List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER")) {
      assertThat(Manifests.env(review, variable).getValueFrom().getConfigMapKeyRef()).as(variable + " from the shared ConfigMap")
          .isNotNull();
      assertThat(manifests.environmentValue(review, variable)).as(variable).isNotBlank();
    }
    assertThat(manifests.environmentValue(review, "MP_JWT_VERIFY_ISSUER")).as("not the dev issuer's tokens")
        .isNotEqualTo(SERVICES.get("review-service").defaultValue("mp.jwt.verify.issuer"));
    assertThat(manifests.environmentValue(review, "MP_JWT_VERIFY_PUBLICKEY_LOCATION")).as("not the published dev key")
        .doesNotContain("dev-keys");
    assertThat(manifests.environmentValue(review, "YT_AUTH_DEV_ISSUER_ENABLED")).as("no one may mint tokens")
        .isEqualTo("false");
    assertThat(manifests.all(Deployment.class)).as("no service holds a token signing key")
        .allSatisfy(d -> assertThat(container(d).getEnv()).extracting(EnvVar::getName)
            .doesNotContain("SMALLRYE_JWT_SIGN_KEY_LOCATION"));
  }

  /** The Secrets a Deployment's pod reads: single keys into the environment, all keys, or as files. */
  private static List<String> secretsReadBy(Deployment deployment) {
    var container = container(deployment);
    var byKey = container.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
        .map(e -> e.getValueFrom().getSecretKeyRef().getName());
    var allKeys = container.getEnvFrom().stream().map(e -> e.getSecretRef() == null ? null : e.getSecretRef().getName());
    var files = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
        .map(v -> v.getSecret() == null ? null : v.getSecret().getSecretName());
    return Stream.of(byKey, allKeys, files).flatMap(names -> names).filter(Objects::nonNull).collect(Collectors.toList());
  }
}
