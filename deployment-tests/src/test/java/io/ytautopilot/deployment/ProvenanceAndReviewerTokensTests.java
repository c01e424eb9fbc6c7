package io.ytautopilot.deployment;

import static io.ytautopilot.deployment.RenderedManifestsTests.container;
import static io.ytautopilot.deployment.RenderedManifestsTests.rendered;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two settings a deployment cannot take from the services' defaults: the key that signs and
 * verifies approvals (from one Secret, to exactly the signer and the verifier) and the identity
 * provider whose tokens review-service accepts (the dev token issuer stays off).
 */
class ProvenanceAndReviewerTokensTests {

  private static final Services SERVICES = Services.load();
  /** review-service signs the provenance of approvals, publish-service verifies it before publishing. */
  private static final List<String> SIGNER_AND_VERIFIER = List.of("review-service", "publish-service");
  private static final List<String> PROVENANCE_KEY = List.of("YT_PROVENANCE_KEY_ID", "YT_PROVENANCE_KEY");

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void reviewAndPublishReadTheSameProvenanceKeyFromOneSecret(String kustomization) {
    var manifests = rendered(kustomization);

    for (var variable : PROVENANCE_KEY) {
      var refs = SIGNER_AND_VERIFIER.stream()
          .map(name -> Manifests.secretKeyRef(manifests.named(Deployment.class, name), variable)).toList();
      assertThat(refs).as(variable + ": a service without it refuses to start")
          .allSatisfy(ref -> assertThat(ref.getOptional()).isNotEqualTo(Boolean.TRUE));
      assertThat(refs).as(variable + ": approvals verify only with the key they were signed with")
          .allSatisfy(ref -> assertThat(ref).isEqualTo(refs.get(0)));
      assertThat(RenderedManifestsTests.SECRET_EXAMPLES.named(Secret.class, refs.get(0).getName()).getStringData())
          .as("k8s/examples/ shows the Secret to create").containsKey(refs.get(0).getKey());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
  void noOtherServiceGetsTheProvenanceKeyItCouldForgeApprovalsWith(String kustomization) {
    var manifests = rendered(kustomization);
    var secret = Manifests.secretKeyRef(manifests.named(Deployment.class, "review-service"), "YT_PROVENANCE_KEY").getName();

    var readers = manifests.all(Deployment.class).stream().filter(d -> secretsReadBy(d).contains(secret))
        .map(d -> d.getMetadata().getName()).toList();
    assertThat(readers).containsExactlyInAnyOrderElementsOf(SIGNER_AND_VERIFIER);
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
