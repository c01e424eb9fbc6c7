package io.ytautopilot.production.domain;

import java.nio.file.Path;

/** The rendered clip of one scene, and the generation that rendered it. */
public record RenderedClip(int index, int generation, Path location, double durationSeconds, long sizeBytes) {
}
