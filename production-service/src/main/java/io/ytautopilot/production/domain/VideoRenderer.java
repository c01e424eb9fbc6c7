package io.ytautopilot.production.domain;

import java.nio.file.Path;

/** Port: turns a script into a video file (plus voice-over and thumbnail) inside {@code outputDir}. */
public interface VideoRenderer {

    /**
     * Renders the request into {@code outputDir} (created if missing; existing outputs are overwritten).
     *
     * @throws RenderingFailed if any step fails
     */
    RenderedVideo render(RenderRequest request, Path outputDir);
}
