package io.ytautopilot.publish.domain;

import java.util.Optional;

/** Port: verifies a provenance record's signature with the signing keys this service trusts. */
public interface SignatureCheck {

  /** @return why the signature cannot be trusted, or empty when it is valid */
  Optional<String> problem(Provenance provenance);
}
