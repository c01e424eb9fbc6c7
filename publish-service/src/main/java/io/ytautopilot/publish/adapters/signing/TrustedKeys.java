package io.ytautopilot.publish.adapters.signing;

import io.quarkus.runtime.Startup;
import io.ytautopilot.signing.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys approvals may be signed with, each valid in its window, so that a key can be
 * rotated in before review-service signs with it and retired after. Checked at start-up
 * ({@link Startup}): a missing or malformed key stops the service instead of failing (or passing)
 * every approval later.
 */
@ApplicationScoped
@Startup
public class TrustedKeys {

  /** A trusted key and when it is valid; {@code until} is exclusive, null for open-ended. */
  public record TrustedKey(String id, PublicKey key, Instant from, Instant until) {

    public boolean validAt(Instant at) {
      return !at.isBefore(from) && (until == null || at.isBefore(until));
    }

    public String window() {
      return "valid from " + from + (until == null ? "" : " until " + until);
    }
  }

  private final Map<String, TrustedKey> byId;

  public TrustedKeys(TrustedKeysConfig config) {
    if (config.keys().isEmpty()) {
      throw new IllegalStateException("no trusted approval key: set yt.approval.trusted-keys.\"<key id>\".public-key"
          + " and .valid-from to review-service's public signing key (docs/security.md)");
    }
    Map<String, TrustedKey> keys = new HashMap<>();
    config.keys().forEach((id, key) -> {
      String setting = "yt.approval.trusted-keys.\"" + id + "\".public-key";
      PublicKey publicKey;
      try {
        publicKey = SigningKeys.publicKey(key.publicKey(), setting);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
      Instant until = key.validUntil().orElse(null);
      if (until != null && !until.isAfter(key.validFrom())) {
        throw new IllegalStateException("yt.approval.trusted-keys.\"" + id + "\": valid-until " + until
            + " is not after valid-from " + key.validFrom());
      }
      keys.put(id, new TrustedKey(id, publicKey, key.validFrom(), until));
    });
    this.byId = Map.copyOf(keys);
  }

  public Optional<TrustedKey> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
