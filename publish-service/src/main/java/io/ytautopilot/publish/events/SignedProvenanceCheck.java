package io.ytautopilot.publish.events;

import io.ytautopilot.events.provenance.ProvenanceSignature;
import io.ytautopilot.publish.adapters.provenance.ProvenanceKeys;
import io.ytautopilot.publish.domain.Provenance;
import io.ytautopilot.publish.domain.SignatureCheck;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Verifies provenance with the contract's own HMAC (ProvenanceSignature) and the configured keys. */
@ApplicationScoped
public class SignedProvenanceCheck implements SignatureCheck {
  private final ProvenanceKeys keys;
  private final PublishEventMapper mapper;

  public SignedProvenanceCheck(ProvenanceKeys keys, PublishEventMapper mapper) {
    this.keys = keys;
    this.mapper = mapper;
  }

  @Override
  public Optional<String> problem(Provenance provenance) {
    return ProvenanceSignature.problem(mapper.toSigned(provenance), keys.byId());
  }
}
