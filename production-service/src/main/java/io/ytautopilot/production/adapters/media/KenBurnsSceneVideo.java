package io.ytautopilot.production.adapters.media;

import io.ytautopilot.production.domain.RenderingFailed;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.SceneVideoProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Local scene video: the scene's card drawn with Java2D ({@code scene-N.png}: its on-screen text, and
 * from generation 2 on the generation, so a reviewer sees which scenes are new), slowly zoomed and
 * panned (Ken Burns) into a silent H.264 clip {@code scene-N-picture.mp4}, 25 fps, yuv420p.
 */
public final class KenBurnsSceneVideo extends LocalProvider implements SceneVideoProvider {
  static final String STEP_CARD = "scene-card";
  static final String STEP_PICTURE = "scene-picture";
  /** How far the picture zooms in over the whole scene: slow enough to read the text. */
  private static final double ZOOM_GAIN = 0.12;

  private final MediaCommands commands;

  public KenBurnsSceneVideo(String name, double usdPerSecond, MediaTools tools) {
    this(name, usdPerSecond, new MediaCommands(tools, MediaCommands.DEFAULT_TIMEOUT));
  }

  KenBurnsSceneVideo(String name, double usdPerSecond, MediaCommands commands) {
    super(name, usdPerSecond);
    this.commands = commands;
  }

  @Override
  public Path render(SceneScript scene, int generation, MediaFormat format, double seconds, Path outputDir) {
    int index = scene.index();
    return asProvider(() -> {
      if (!(seconds > 0)) {
        throw new RenderingFailed(STEP_PICTURE, index, "a scene lasts more than 0 seconds, was asked for " + seconds);
      }
      Path dir = MediaCommands.prepare(outputDir, STEP_PICTURE, index);
      int width = format.width();
      int height = format.height();
      // drawn at twice the size, so the zoom moves by sub-pixels of the output and does not judder
      Path card = dir.resolve("scene-" + index + ".png");
      MediaCommands.paint(STEP_CARD, index, card,
          () -> CardPainter.sceneCard(scene.onScreenText(), index, generation, 2 * width, 2 * height));
      Path picture = dir.resolve("scene-" + index + "-picture.mp4");
      int frames = (int) Math.ceil(seconds * MediaCommands.FRAME_RATE);
      String zoom = String.format(Locale.ROOT, "1+%.3f*on/%d", ZOOM_GAIN, frames);
      String kenBurns = "zoompan=z='" + zoom + "':x='(iw-iw/zoom)*on/" + frames + "':y='(ih-ih/zoom)/2'"
          + ":d=1:s=" + width + "x" + height + ":fps=" + MediaCommands.FRAME_RATE;
      commands.ffmpeg(STEP_PICTURE, index, List.of(
          "-loop", "1", "-framerate", String.valueOf(MediaCommands.FRAME_RATE), "-i", card.toString(),
          "-vf", kenBurns + ",setsar=1,format=yuv420p",
          "-frames:v", String.valueOf(frames), "-an",
          "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
          "-r", String.valueOf(MediaCommands.FRAME_RATE), picture.toString()), dir);
      return picture;
    });
  }
}
