package io.ytautopilot.publish.domain;

import java.time.Instant;

/** A human approval at a gate, as the provenance reports it: not trusted until {@link ApprovedVideo#verificationProblem} checks it. */
public record Approval(String reviewer, Instant at) {}
