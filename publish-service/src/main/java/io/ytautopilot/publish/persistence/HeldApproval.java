package io.ytautopilot.publish.persistence;

import io.ytautopilot.publish.domain.ApprovalClaim;

/**
 * A held attempt's approval as it came, kept to be verified again and published under its own
 * event id when the retry time comes.
 */
public record HeldApproval(String eventId, int publishAttempt, ApprovalClaim claim) {}
