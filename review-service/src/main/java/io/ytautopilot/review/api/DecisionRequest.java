package io.ytautopilot.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision at a gate.
 *
 * @param version the video version the reviewer saw; when given, a newer video refuses the decision
 */
public record DecisionRequest(
    @NotBlank @Size(max = 100) String reviewer,
    @Size(max = 4000) String comment,
    @PositiveOrZero Long version) {}
