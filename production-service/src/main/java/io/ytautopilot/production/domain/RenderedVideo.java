package io.ytautopilot.production.domain;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of a render: the final video with its hex SHA-256 (what Gate 2 approves), its
 * voice-over track, its thumbnail and the per-scene clips.
 */
public record RenderedVideo(
        Path video,
        double durationSeconds,
        long sizeBytes,
        String sha256,
        Path voiceOver,
        Path thumbnail,
        List<RenderedClip> clips) {

    public RenderedVideo {
        clips = clips == null ? List.of() : List.copyOf(clips);
    }
}
