package io.ytautopilot.events.provenance;

import io.ytautopilot.events.Provenance;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies the approval record carried by VideoApproved. The signer (review-service) and
 * the verifier (publish-service) share only this canonical form and a key, so a record altered on
 * the way, or forged by anyone without the key, fails verification.
 */
public final class ProvenanceSignature {
  private static final String ALGORITHM = "HmacSHA256";
  private static final String FORMAT = "yt-provenance-v1";

  private ProvenanceSignature() {}

  /** Returns the record with keyId and signature set; the other fields are taken as given. */
  public static Provenance sign(Provenance unsigned, String keyId, byte[] key) {
    var signed = Provenance.newBuilder(unsigned).setKeyId(keyId).setSignature("").build();
    signed.setSignature(Base64.getUrlEncoder().withoutPadding().encodeToString(mac(canonical(signed), key)));
    return signed;
  }

  /**
   * Why the record cannot be trusted, or empty when its signature is valid under the key it names.
   *
   * @param keys signing keys by id
   */
  public static Optional<String> problem(Provenance provenance, Map<String, byte[]> keys) {
    if (provenance == null) {
      return Optional.of("no provenance record");
    }
    var key = keys.get(provenance.getKeyId());
    if (key == null) {
      return Optional.of("unknown signing key '" + provenance.getKeyId() + "'");
    }
    byte[] claimed;
    try {
      claimed = Base64.getUrlDecoder().decode(provenance.getSignature());
    } catch (IllegalArgumentException notBase64) {
      return Optional.of("signature is not base64url");
    }
    // constant-time comparison: no timing hints about a forged signature
    return MessageDigest.isEqual(claimed, mac(canonical(provenance), key))
        ? Optional.empty()
        : Optional.of("signature does not match the approvals");
  }

  /** Every field but the signature, in a fixed order; times in epoch microseconds as Avro keeps them. */
  static String canonical(Provenance p) {
    return String.join("\n", FORMAT, p.getKeyId(), p.getVideoId(), p.getWorkspaceId(),
        Integer.toString(p.getScriptRevision()), p.getScriptApprovedBy(), micros(p.getScriptApprovedAt()),
        p.getVideoSha256(), p.getVideoApprovedBy(), micros(p.getVideoApprovedAt()));
  }

  private static String micros(Instant at) {
    return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at));
  }

  private static byte[] mac(String canonical, byte[] key) {
    try {
      var mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
