package io.ytautopilot.publish.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.events.Provenance;
import io.ytautopilot.events.provenance.ProvenanceSignature;
import io.ytautopilot.publish.adapters.provenance.ProvenanceKeys;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The signature review-service makes, checked through the publish domain's view of the record. */
class SignedProvenanceCheckTests {
  private static final byte[] CURRENT = "current-signing-key-of-at-least-32-bytes".getBytes();
  private static final byte[] RETIRED = "retired-signing-key-of-at-least-32-bytes".getBytes();
  private static final Instant GATE1 = Instant.now().truncatedTo(ChronoUnit.MICROS);

  private final PublishEventMapper mapper = new PublishEventMapper();
  private final SignedProvenanceCheck check = new SignedProvenanceCheck(new ProvenanceKeys("2026-11",
      Base64.getEncoder().encodeToString(CURRENT), Optional.of(List.of("2026-05=" + Base64.getEncoder()
          .encodeToString(RETIRED)))), mapper);

  @Test
  void aRecordSignedWithTheCurrentOrARetiredKeyVerifies() {
    assertThat(check.problem(mapper.toProvenance(ProvenanceSignature.sign(unsigned(), "2026-11", CURRENT)))).isEmpty();
    assertThat(check.problem(mapper.toProvenance(ProvenanceSignature.sign(unsigned(), "2026-05", RETIRED)))).isEmpty();
  }

  @Test
  void anyChangedFieldOrForeignKeyFailsVerification() {
    var signed = ProvenanceSignature.sign(unsigned(), "2026-11", CURRENT);
    var tampered = List.of(
        Provenance.newBuilder(signed).setVideoApprovedBy("mallory").build(),
        Provenance.newBuilder(signed).setScriptRevision(3).build(),
        Provenance.newBuilder(signed).setVideoSha256("0".repeat(64)).build(),
        Provenance.newBuilder(signed).setScriptApprovedAt(GATE1.plusNanos(1000)).build());
    for (var record : tampered) {
      assertThat(check.problem(mapper.toProvenance(record))).contains("signature does not match the approvals");
    }
    var foreignKey = ProvenanceSignature.sign(unsigned(), "2026-11",
        "someone-elses-key-of-at-least-32-bytes".getBytes());
    assertThat(check.problem(mapper.toProvenance(foreignKey))).contains("signature does not match the approvals");
    var unknownKey = ProvenanceSignature.sign(unsigned(), "leaked", CURRENT);
    assertThat(check.problem(mapper.toProvenance(unknownKey))).contains("unknown signing key 'leaked'");
  }

  private static Provenance unsigned() {
    return Provenance.newBuilder()
        .setVideoId("3f1c8e0e-6a55-4c4e-9d43-5c1f0e2a7b10").setWorkspaceId("demo").setScriptRevision(2)
        .setScriptApprovedBy("alice").setScriptApprovedAt(GATE1)
        .setVideoSha256("ab".repeat(32))
        .setVideoApprovedBy("bob").setVideoApprovedAt(GATE1.plusSeconds(3600))
        .setKeyId("").setSignature("")
        .build();
  }
}
