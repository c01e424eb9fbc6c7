package io.ytautopilot.review.adapters;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key review-service signs approvals with. Checked at start-up: a deployment without a real
 * key must not come up and emit approvals nobody can verify.
 */
@ApplicationScoped
@Startup
public class ProvenanceKey {
  static final int MIN_BYTES = 32;
  private final String id;
  private final byte[] secret;

  public ProvenanceKey(@ConfigProperty(name = "yt.provenance.key-id") String id,
      @ConfigProperty(name = "yt.provenance.key") String base64) {
    this.id = id;
    try {
      this.secret = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalStateException("yt.provenance.key (YT_PROVENANCE_KEY) must be base64", notBase64);
    }
    if (secret.length < MIN_BYTES) {
      throw new IllegalStateException("yt.provenance.key (YT_PROVENANCE_KEY) must hold at least " + MIN_BYTES
          + " bytes; it has " + secret.length);
    }
  }

  public String id() {
    return id;
  }

  public byte[] secret() {
    return secret.clone();
  }
}
