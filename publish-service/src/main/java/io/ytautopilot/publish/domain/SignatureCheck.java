package io.ytautopilot.publish.domain;

/** Port: opens signed statements with the public keys this service trusts now. */
public interface SignatureCheck {

  /** @throws Unverified unless the signature verifies with a key trusted now and when it was signed */
  Statement statement(Signed signed);

  /** @throws Unverified unless the signature verifies with a key trusted now and when it was signed */
  RetryAuthorisation retry(Signed signed);

  /** Hex SHA-256 of the signed payload, as a retry names the statement it continues. */
  String sha256(Signed signed);
}
