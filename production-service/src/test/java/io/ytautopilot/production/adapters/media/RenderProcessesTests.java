package io.ytautopilot.production.adapters.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.production.domain.media.MediaFormat;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many external processes a render starts: at a small frame, starting them is most of what a
 * video costs, so a user notices every extra one as speed.
 */
class RenderProcessesTests {
  @TempDir
  Path dir;

  @Test
  void aFourSceneVideoStartsThreeProcessesPerSceneAndTwoToJoinThem() {
    var counting = CountingMediaTools.in(dir.resolve("bin"));

    new LocalStudio(counting.tools()).render(LocalStudio.script("counted", 4),
        new MediaFormat(MediaFormat.Kind.LONG, 64, 36), dir.resolve("video"));

    // per scene: espeak-ng, the Ken Burns picture, the clip; then the join and its voice-over track.
    // Every duration is read from a header, so no ffprobe (there were 17, 31 processes in all).
    assertThat(counting.started()).containsExactlyInAnyOrderEntriesOf(Map.of("espeak-ng", 4L, "ffmpeg", 10L));
  }
}
