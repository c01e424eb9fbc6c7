package io.ytautopilot.publish.domain;

/**
 * The signed record of both approvals that review-service attaches to an approved video. Nothing
 * in it is trusted until {@link ApprovedVideo#verificationProblem} has checked the signature and the
 * rules; {@code signature} is kept only so that it can be verified.
 *
 * @param videoId as signed; compared with the event's video, not assumed to be it
 * @param videoSha256 hex SHA-256 of the video file approved at Gate 2
 * @param keyId the signing key, so that keys can rotate
 */
public record Provenance(
    String videoId,
    String workspaceId,
    int scriptRevision,
    Approval scriptApproval,
    String videoSha256,
    Approval videoApproval,
    String keyId,
    String signature) {}
