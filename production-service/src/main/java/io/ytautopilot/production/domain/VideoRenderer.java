package io.ytautopilot.production.domain;

import java.nio.file.Path;
import java.util.List;

/**
 * Port: renders scenes into clips and joins clips into a video (plus voice-over and thumbnail),
 * all inside one output directory per video. Scenes are rendered one by one so that a clip that
 * is still good can be reused by a later generation instead of being paid for again.
 */
public interface VideoRenderer {

    /**
     * Renders one scene's clip into {@code outputDir} (created if missing), overwriting that scene's files.
     *
     * @param generation the generation this clip is made for; the local renderer marks it on the scene card
     * @throws RenderingFailed if any step fails
     */
    RenderedClip renderScene(SceneScript scene, int generation, Path outputDir);

    /**
     * Joins one clip per scene of {@code request}, in scene order, into the video, voice-over and thumbnail.
     *
     * @throws RenderingFailed if a clip is missing or a step fails
     */
    RenderedVideo assemble(RenderRequest request, List<RenderedClip> clips, Path outputDir);

    /** Whether a clip rendered earlier is still on disk as it was, so it can be reused. */
    boolean isIntact(RenderedClip clip);
}
