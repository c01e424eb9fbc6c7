package io.ytautopilot.review.domain;

/**
 * A person as their verified token names them. Issuer and subject together are the identity that
 * rules compare and signatures carry; a display name can repeat across issuers.
 */
public record Identity(String issuer, String subject) {
  public Identity {
    if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("an identity needs an issuer and a subject");
    }
  }
}
