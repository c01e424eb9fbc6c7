package io.ytautopilot.production.domain.media;

import io.ytautopilot.production.domain.RenderRequest;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.SceneScript;
import java.nio.file.Path;
import java.util.List;

/**
 * Joins media into clips and the final video. Local (ffmpeg), so it has no chain: if it fails, the
 * machine is broken, not a provider. Bills per video assembled.
 */
public interface Assembler extends Provider {

  /** The name of the SubRip subtitles file {@link #assemble} writes beside the video. */
  String SUBTITLES_FILE = "subtitles.srt";

  /**
   * How long the audio a voice-over provider wrote for {@code scene} lasts, measured once: the scene's
   * picture is made to match it, and its clip carries it.
   */
  VoiceOver measure(SceneScript scene, Path audio);

  /** Muxes a scene's picture and voice-over into its clip {@code scene-N.mp4} in {@code dir}. */
  RenderedClip clip(SceneScript scene, int generation, Path picture, VoiceOver voiceOver, MediaFormat format,
      Path dir);

  /**
   * A clip standing in for a scene every provider failed: marked as a placeholder on screen, as long as
   * the scene was planned, silent. Made locally, so it does not fail for the reasons the providers did.
   */
  RenderedClip placeholder(SceneScript scene, int generation, String reason, MediaFormat format, Path dir);

  /**
   * Joins one clip per scene of {@code request}, in scene order, into {@code <videoId>.mp4} with its
   * voice-over track and SubRip subtitles ({@link #SUBTITLES_FILE} beside it, and burned in when configured), beside {@code thumbnail}.
   */
  RenderedVideo assemble(RenderRequest request, List<RenderedClip> clips, Path thumbnail, MediaFormat format,
      Path dir);

  /** Whether a clip made earlier is still on disk as it was, so it can be reused instead of paid for again. */
  boolean isIntact(RenderedClip clip);
}
