package io.ytautopilot.review.persistence;

import io.ytautopilot.review.domain.Script;
import java.time.Instant;

/** A revision of a video's script and when it came to review. */
public record ScriptRevision(Script script, Instant recordedAt) {}
