package io.ytautopilot.publish.persistence;

import io.ytautopilot.publish.domain.ApprovedVideo;

/** A held attempt's approval, kept to be published under its own event id when the retry time comes. */
public record HeldApproval(String eventId, ApprovedVideo video) {}
