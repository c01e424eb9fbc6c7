package io.ytautopilot.publish.adapters.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvenanceKeysTests {
  private static final String CURRENT = base64OfLength(32, 'c');
  private static final String RETIRED = base64OfLength(48, 'r');

  @Test
  void theCurrentAndTheRetiredKeysVerifyByTheirIds() {
    var keys = new ProvenanceKeys("2026-11", CURRENT, Optional.of(List.of("2026-05=" + RETIRED))).byId();

    assertThat(keys).containsOnlyKeys("2026-11", "2026-05");
    assertThat(keys.get("2026-11")).isEqualTo(Base64.getDecoder().decode(CURRENT));
    assertThat(keys.get("2026-05")).isEqualTo(Base64.getDecoder().decode(RETIRED));
    assertThat(new ProvenanceKeys("2026-11", CURRENT, Optional.empty()).byId()).containsOnlyKeys("2026-11");
  }

  @Test
  void aKeyShorterThan32BytesStopsTheService() {
    assertThatThrownBy(() -> new ProvenanceKeys("dev", base64OfLength(31, 'x'), Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("yt.provenance.key decodes to 31 bytes; a provenance key needs at least 32");
    assertThatThrownBy(() -> new ProvenanceKeys("dev", CURRENT, Optional.of(List.of("old=" + base64OfLength(8, 'o')))))
        .hasMessageStartingWith("yt.provenance.retired-keys (old) decodes to 8 bytes");
  }

  @Test
  void malformedSettingsAreNamedWithoutRepeatingTheSecret() {
    assertThatThrownBy(() -> new ProvenanceKeys("dev", "not base64!", Optional.empty()))
        .hasMessageStartingWith("yt.provenance.key is not base64");
    assertThatThrownBy(() -> new ProvenanceKeys(" ", CURRENT, Optional.empty()))
        .hasMessage("yt.provenance.key-id: the key id is blank");
    String bareKey = base64OfLength(33, 'b'); // no '=' padding: the entry has no separator at all
    assertThatThrownBy(() -> new ProvenanceKeys("dev", CURRENT, Optional.of(List.of(bareKey))))
        .hasMessage("yt.provenance.retired-keys: entry 1 is not id=base64");
    assertThatThrownBy(() -> new ProvenanceKeys("dev", CURRENT, Optional.of(List.of("dev=" + RETIRED))))
        .hasMessage("yt.provenance.retired-keys: key id 'dev' is used twice");
  }

  private static String base64OfLength(int bytes, char fill) {
    return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(bytes).getBytes());
  }
}
