package io.ytautopilot.publish.domain;

/** A reviewer as review-service signed them: issuer and subject identify them, the name is for people. */
public record Identity(String issuer, String subject, String name) {

  /** The same person: issuer and subject, whatever the names say. */
  boolean samePersonAs(Identity other) {
    return issuer.equals(other.issuer) && subject.equals(other.subject);
  }

  boolean named() {
    return issuer != null && !issuer.isBlank() && subject != null && !subject.isBlank();
  }
}
