package io.ytautopilot.publish.domain;

import java.time.Instant;

/** A human decision as a signed statement reports it: who and when. */
public record Approval(Identity reviewer, Instant at) {}
