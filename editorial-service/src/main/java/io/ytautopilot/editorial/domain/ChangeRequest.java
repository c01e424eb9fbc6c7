package io.ytautopilot.editorial.domain;

import java.util.UUID;

/** A Gate 1 reviewer's notes on one revision of a video's script. */
public record ChangeRequest(UUID videoId, int revision, String requestedBy, String notes) {}
