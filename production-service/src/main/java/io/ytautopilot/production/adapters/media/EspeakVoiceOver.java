package io.ytautopilot.production.adapters.media;

import io.ytautopilot.production.domain.RenderingFailed;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.VoiceOverProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Local text to speech with espeak-ng: {@code scene-N-voice.wav}. */
public final class EspeakVoiceOver extends LocalProvider implements VoiceOverProvider {
  static final String STEP = "narration";
  private static final int WAV_HEADER_BYTES = 44;

  private final MediaCommands commands;

  public EspeakVoiceOver(String name, double usdPer1kCharacters, MediaTools tools) {
    this(name, usdPer1kCharacters, new MediaCommands(tools, MediaCommands.DEFAULT_TIMEOUT));
  }

  EspeakVoiceOver(String name, double usdPer1kCharacters, MediaCommands commands) {
    super(name, usdPer1kCharacters);
    this.commands = commands;
  }

  /** espeak-ng reads the narration from a UTF-8 file, so no narration is ever parsed as an option. */
  @Override
  public Path speak(SceneScript scene, Path outputDir) {
    int index = scene.index();
    return asProvider(() -> {
      Path dir = MediaCommands.prepare(outputDir, STEP, index);
      Path text = dir.resolve("scene-" + index + "-voice.txt");
      Path wav = dir.resolve("scene-" + index + "-voice.wav");
      try {
        Files.writeString(text, scene.narration().strip(), StandardCharsets.UTF_8);
        commands.espeakNg(STEP, index, List.of("-b", "1", "-f", text.toString(), "-w", wav.toString()), dir);
        // espeak-ng exits 0 even when it could not write its output
        if (!Files.isRegularFile(wav) || Files.size(wav) <= WAV_HEADER_BYTES) {
          throw new RenderingFailed(STEP, index, "espeak-ng wrote no audio to " + wav);
        }
      } catch (IOException e) {
        throw new RenderingFailed(STEP, index, "cannot write the narration text " + text + ": " + e, e);
      } finally {
        MediaCommands.deleteQuietly(text);
      }
      return wav;
    });
  }
}
