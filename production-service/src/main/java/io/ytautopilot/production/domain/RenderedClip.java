package io.ytautopilot.production.domain;

import java.nio.file.Path;

/** The rendered clip of one scene. */
public record RenderedClip(int index, Path location, double durationSeconds, long sizeBytes) {
}
