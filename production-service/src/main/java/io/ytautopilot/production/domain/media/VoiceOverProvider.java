package io.ytautopilot.production.domain.media;

import io.ytautopilot.production.domain.SceneScript;
import java.nio.file.Path;

/** Text to speech. Bills per 1,000 narration characters. */
public interface VoiceOverProvider extends Provider {

  /**
   * Speaks the scene's narration into an audio file in {@code dir}.
   *
   * @return the audio file written (any format ffmpeg reads)
   * @throws ProviderFailure when it cannot
   */
  Path speak(SceneScript scene, Path dir);
}
