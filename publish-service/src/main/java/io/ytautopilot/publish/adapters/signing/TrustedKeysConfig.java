package io.ytautopilot.publish.adapters.signing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * review-service's public keys by key id: {@code yt.approval.trusted-keys."<id>".public-key} and
 * its validity window. Public keys are no secret: a ConfigMap can carry them.
 */
@ConfigMapping(prefix = "yt.approval.trusted-keys")
public interface TrustedKeysConfig {

  @WithParentName
  Map<String, Key> keys();

  interface Key {
    /** Ed25519, X.509 SubjectPublicKeyInfo as PEM or base64 DER ({@code openssl pkey -pubout}). */
    String publicKey();

    /** Statements signed before this are refused. */
    Instant validFrom();

    /** From this instant on the key is retired: nothing signed with it is accepted any more. */
    Optional<Instant> validUntil();
  }
}
