package io.ytautopilot.review.adapters;

import io.quarkus.runtime.Startup;
import io.ytautopilot.signing.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.PrivateKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Ed25519 key review-service signs approvals with; only this service holds it, publishers
 * hold its public half. Checked at start-up: a deployment without a real key must not come up and
 * accept approvals nobody can verify.
 */
@ApplicationScoped
@Startup
public class SigningKey {
  private final String id;
  private final PrivateKey key;

  public SigningKey(@ConfigProperty(name = "yt.approval.signing-key-id") String id,
      @ConfigProperty(name = "yt.approval.signing-key") String key) {
    if (id.isBlank()) {
      throw new IllegalStateException("yt.approval.signing-key-id (YT_APPROVAL_SIGNING_KEY_ID) is blank");
    }
    this.id = id.strip();
    try {
      this.key = SigningKeys.privateKey(key, "yt.approval.signing-key (YT_APPROVAL_SIGNING_KEY)");
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public String id() {
    return id;
  }

  public PrivateKey key() {
    return key;
  }
}
