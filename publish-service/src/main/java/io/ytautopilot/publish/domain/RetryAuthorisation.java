package io.ytautopilot.publish.domain;

import java.time.Instant;

/**
 * A verified retry: a reviewer authorised the next attempt of one Gate 2 statement.
 *
 * @param statementSha256 hex SHA-256 of the signed payload of the statement it continues
 */
public record RetryAuthorisation(
    String videoId,
    String workspaceId,
    int publishAttempt,
    Approval retry,
    String statementSha256,
    Instant issuedAt) {}
