package io.ytautopilot.production.domain;

import io.ytautopilot.production.domain.media.Assembler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;

/**
 * The result of a render: the final video with its hex SHA-256 (what Gate 2 approves), its
 * voice-over track, its thumbnail with its hex SHA-256 (approved with the video) and the per-scene
 * clips.
 */
public record RenderedVideo(
        Path video,
        double durationSeconds,
        long sizeBytes,
        String sha256,
        Path voiceOver,
        Path thumbnail,
        String thumbnailSha256,
        List<RenderedClip> clips) {

    public RenderedVideo {
        clips = clips == null ? List.of() : List.copyOf(clips);
    }

    /** The SubRip subtitles written beside the video ({@link Assembler#SUBTITLES_FILE}), when there are any. */
    public Optional<Path> subtitles() {
        Path srt = video.resolveSibling(Assembler.SUBTITLES_FILE);
        return Files.isRegularFile(srt) ? Optional.of(srt) : Optional.empty();
    }
}
