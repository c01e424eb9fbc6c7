package io.ytautopilot.publish.domain;

import java.time.Instant;
import java.util.List;

/**
 * A verified Gate 2 statement: both approvals and every value that is published, as review-service
 * signed them.
 *
 * @param generation the generation of the video approved at Gate 2
 * @param videoSha256 hex SHA-256 of the approved video file
 * @param thumbnailSha256 hex SHA-256 of the approved thumbnail
 * @param allowSelfReview the workspace's rule at Gate 2: false means two different approvers
 * @param keyId the key it was signed with
 */
public record Statement(
    String videoId,
    String workspaceId,
    int scriptRevision,
    int generation,
    Approval scriptApproval,
    Approval videoApproval,
    String title,
    String description,
    List<String> tags,
    PublishSettings settings,
    String videoSha256,
    String thumbnailSha256,
    boolean allowSelfReview,
    String keyId,
    Instant issuedAt) {

  public Statement {
    tags = List.copyOf(tags);
  }
}
