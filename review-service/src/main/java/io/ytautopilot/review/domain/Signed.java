package io.ytautopilot.review.domain;

/**
 * A statement review-service signed, kept exactly as it was signed so that it can be sent again
 * (a replay, a retry continuing it) without being signed again.
 *
 * @param keyId the signing key, so that publishers can pick the public key and keys can rotate
 * @param payload the signed bytes
 */
public record Signed(String keyId, byte[] payload, byte[] signature) {}
