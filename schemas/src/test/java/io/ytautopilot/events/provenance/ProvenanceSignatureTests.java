package io.ytautopilot.events.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.events.Provenance;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvenanceSignatureTests {
  private static final byte[] KEY = "a-test-key-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);
  private static final Map<String, byte[]> KEYS = Map.of("k1", KEY);

  private static Provenance unsigned() {
    return Provenance.newBuilder()
        .setVideoId("v-1").setWorkspaceId("demo").setScriptRevision(2)
        .setScriptApprovedBy("alice").setScriptApprovedAt(Instant.parse("2026-11-25T10:00:00.123456Z"))
        .setVideoSha256("ab".repeat(32)).setVideoApprovedBy("bob")
        .setVideoApprovedAt(Instant.parse("2026-11-25T11:00:00Z"))
        .setKeyId("").setSignature("")
        .build();
  }

  @Test
  void aSignedRecordVerifies() {
    var signed = ProvenanceSignature.sign(unsigned(), "k1", KEY);
    assertThat(ProvenanceSignature.problem(signed, KEYS)).isEmpty();
  }

  @Test
  void anyAlteredFieldBreaksTheSignature() {
    var signed = ProvenanceSignature.sign(unsigned(), "k1", KEY);
    var otherFile = Provenance.newBuilder(signed).setVideoSha256("cd".repeat(32)).build();
    var otherReviewer = Provenance.newBuilder(signed).setVideoApprovedBy("mallory").build();
    var otherRevision = Provenance.newBuilder(signed).setScriptRevision(1).build();
    for (var altered : new Provenance[] {otherFile, otherReviewer, otherRevision}) {
      assertThat(ProvenanceSignature.problem(altered, KEYS)).contains("signature does not match the approvals");
    }
  }

  @Test
  void aRecordSignedWithAnotherKeyOrNoneIsRefused() {
    var forged = ProvenanceSignature.sign(unsigned(), "k1", "someone-elses-key-32-bytes-long!!".getBytes());
    assertThat(ProvenanceSignature.problem(forged, KEYS)).contains("signature does not match the approvals");
    assertThat(ProvenanceSignature.problem(ProvenanceSignature.sign(unsigned(), "k9", KEY), KEYS))
        .contains("unknown signing key 'k9'");
    assertThat(ProvenanceSignature.problem(null, KEYS)).contains("no provenance record");
    var garbled = Provenance.newBuilder(ProvenanceSignature.sign(unsigned(), "k1", KEY)).setSignature("%%%").build();
    assertThat(ProvenanceSignature.problem(garbled, KEYS)).contains("signature is not base64url");
  }
}
