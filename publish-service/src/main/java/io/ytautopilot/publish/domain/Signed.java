package io.ytautopilot.publish.domain;

/**
 * A statement as review-service signed it: nothing in the payload is read before the signature
 * over it verified ({@link SignatureCheck}).
 */
public record Signed(String keyId, byte[] payload, byte[] signature) {}
