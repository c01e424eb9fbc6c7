package io.ytautopilot.production.domain.media;

import io.ytautopilot.production.domain.SceneScript;
import java.nio.file.Path;

/** Makes the picture of one scene from its visual prompt and on-screen text. Bills per second of video. */
public interface SceneVideoProvider extends Provider {

  /**
   * Renders a silent clip of the scene, {@code seconds} long, in {@code format}, into {@code dir}.
   *
   * @param generation the generation it is made for (a local provider marks it on the picture)
   * @return the video file written
   * @throws ProviderFailure when it cannot
   */
  Path render(SceneScript scene, int generation, MediaFormat format, double seconds, Path dir);
}
