package io.ytautopilot.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer's decision at a gate. Which version it applies to travels in the If-Match header. */
public record DecisionRequest(
    @NotBlank @Size(max = 100) String reviewer,
    @Size(max = 4000) String comment) {}
