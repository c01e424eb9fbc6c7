package io.ytautopilot.production.adapters.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.MediaFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durations read from the headers of real espeak-ng and ffmpeg output agree with ffprobe's
 * {@code format=duration} to the microsecond; whatever the headers cannot answer is left to ffprobe.
 */
class MediaDurationsTests {
  private static final MediaFormat TINY = new MediaFormat(MediaFormat.Kind.LONG, 64, 36);
  private static final MediaTools TOOLS = new MediaTools();
  private static final ProcessRunner RUN = new ProcessRunner(Duration.ofSeconds(60));

  private final MediaCommands commands = new MediaCommands(TOOLS, Duration.ofSeconds(60));
  @TempDir
  Path dir;

  @Test
  void everyFileARenderWritesIsReadFromItsHeaderAsFfprobeReadsIt() throws Exception {
    RenderedVideo video = new LocalStudio(TOOLS).render(LocalStudio.script("durations", 2), TINY, dir);

    List<Path> mp4s = new ArrayList<>(List.of(video.video()));
    List<Path> wavs = new ArrayList<>(List.of(video.voiceOver()));
    for (RenderedClip clip : video.clips()) {
      mp4s.add(clip.location());
      mp4s.add(dir.resolve("scene-" + clip.index() + "-picture.mp4"));
      wavs.add(dir.resolve("scene-" + clip.index() + "-voice.wav"));
      assertThat(clip.durationSeconds()).isEqualTo(ffprobe(clip.location()));
    }
    assertThat(video.durationSeconds()).isEqualTo(ffprobe(video.video()));
    for (Path mp4 : mp4s) {
      assertThat(MediaDurations.mp4(mp4)).as(mp4.toString()).hasValue(ffprobe(mp4));
    }
    for (Path wav : wavs) {
      assertThat(MediaDurations.wav(wav)).as(wav.toString()).hasValue(ffprobe(wav));
    }
    // both layouts: the pictures keep their index after the media data, the clips and the video before it
    assertThat(topLevelBoxes(dir.resolve("scene-1-picture.mp4"))).endsWith("moov");
    assertThat(topLevelBoxes(video.clips().get(0).location())).startsWith("ftyp", "moov");
    assertThat(topLevelBoxes(video.video())).startsWith("ftyp", "moov");
  }

  @Test
  void espeakNgVoicesOfEveryLengthAreReadAsFfprobeReadsThem() {
    var voice = new EspeakVoiceOver("espeak-ng", 0, TOOLS);
    List<String> narrations = List.of("Hi.", "Their blood is blue.",
        "Octopuses have three hearts, blue blood, and arms that can taste what they touch.");
    for (int index = 1; index <= narrations.size(); index++) {
      Path wav = voice.speak(new SceneScript(index, narrations.get(index - 1), "", "", 1), dir);

      assertThat(MediaDurations.wav(wav)).as(narrations.get(index - 1)).hasValue(ffprobe(wav));
    }
  }

  @Test
  void pcmWavsOfOtherRatesSampleSizesAndChannelsAreReadAsFfprobeReadsThem() {
    for (String codec : List.of("pcm_s16le:48000:2", "pcm_u8:8000:1", "pcm_s24le:44100:1", "pcm_s16le:11025:1")) {
      String[] parts = codec.split(":");
      Path wav = dir.resolve(parts[0] + "-" + parts[1] + ".wav");
      ffmpeg("-f", "lavfi", "-i", "sine=frequency=300:duration=1.2345", "-c:a", parts[0], "-ar", parts[1],
          "-ac", parts[2], wav.toString());

      assertThat(MediaDurations.wav(wav)).as(codec).hasValue(ffprobe(wav));
    }
  }

  @Test
  void aWavWhoseHeaderClaimsMoreThanTheFileHoldsIsLeftToFfprobe() throws Exception {
    Path text = Files.writeString(dir.resolve("narration.txt"), "Written before its length was known.");
    Path wav = dir.resolve("streamed.wav");
    // to its standard output, espeak-ng never goes back to write the sizes into the header
    Process espeak = new ProcessBuilder(TOOLS.espeakNg(), "-b", "1", "-f", text.toString(), "--stdout")
        .redirectOutput(wav.toFile()).start();
    assertThat(espeak.waitFor()).isZero();
    ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(wav), 0, 44).order(ByteOrder.LITTLE_ENDIAN);
    assertThat((long) header.getInt(40)).as("data size in the header").isGreaterThan(Files.size(wav));

    assertThat(MediaDurations.wav(wav)).isEmpty();
    assertThat(commands.seconds(wav, "test", null)).isEqualTo(ffprobe(wav));
  }

  @Test
  void audioOfOtherFormatsIsReadFromAnMp4HeaderOrLeftToFfprobe() {
    Path mp3 = dir.resolve("remote.mp3");
    Path m4a = dir.resolve("remote.m4a");
    Path floats = dir.resolve("float.wav");
    ffmpeg("-f", "lavfi", "-i", "sine=duration=1.7", "-c:a", "libmp3lame", mp3.toString());
    ffmpeg("-f", "lavfi", "-i", "sine=duration=1.7", "-c:a", "aac", m4a.toString());
    ffmpeg("-f", "lavfi", "-i", "sine=duration=1.7", "-c:a", "pcm_f32le", floats.toString());

    assertThat(MediaDurations.of(mp3)).isEmpty();
    assertThat(MediaDurations.of(floats)).isEmpty();
    assertThat(MediaDurations.of(m4a)).hasValue(ffprobe(m4a));
    for (Path audio : List.of(mp3, floats)) {
      assertThat(commands.seconds(audio, "test", null)).as(audio.toString()).isEqualTo(ffprobe(audio));
    }
  }

  @Test
  void aVersion1MovieHeaderIsReadAsFfprobeReadsIt() throws Exception {
    Path version0 = dir.resolve("version-0.mp4");
    ffmpeg("-f", "lavfi", "-i", "color=size=64x36:rate=25", "-frames:v", "37", "-c:v", "libx264", "-preset",
        "ultrafast", "-pix_fmt", "yuv420p", version0.toString());
    Path version1 = Files.write(dir.resolve("version-1.mp4"), withVersion1MovieHeader(Files.readAllBytes(version0)));

    assertThat(ffprobe(version1)).isEqualTo(ffprobe(version0));
    assertThat(MediaDurations.mp4(version1)).hasValue(ffprobe(version1));
  }

  @Test
  void aFragmentedMp4IsLeftToFfprobe() {
    Path fragmented = dir.resolve("fragmented.mp4");
    ffmpeg("-f", "lavfi", "-i", "color=size=64x36:rate=25", "-frames:v", "60", "-c:v", "libx264", "-preset",
        "ultrafast", "-pix_fmt", "yuv420p", "-g", "25", "-movflags", "frag_keyframe+empty_moov",
        fragmented.toString());

    assertThat(MediaDurations.mp4(fragmented)).isEmpty();
    assertThat(commands.seconds(fragmented, "test", null)).isEqualTo(ffprobe(fragmented));
  }

  @Test
  void filesThatAreNotMediaOrAreCutShortHaveNoHeaderDuration() throws Exception {
    Path video = dir.resolve("whole.mp4");
    ffmpeg("-f", "lavfi", "-i", "color=size=64x36:rate=25", "-frames:v", "25", "-c:v", "libx264", "-preset",
        "ultrafast", "-movflags", "+faststart", video.toString());
    byte[] bytes = Files.readAllBytes(video);
    Path cut = Files.write(dir.resolve("cut.mp4"), Arrays.copyOf(bytes, 64));
    Path text = Files.writeString(dir.resolve("text.wav"), "this is not a wav file");

    assertThat(MediaDurations.of(cut)).isEmpty();
    assertThat(MediaDurations.of(text)).isEmpty();
    assertThat(MediaDurations.of(dir.resolve("missing.mp4"))).isEmpty();
  }

  @Test
  void durationsAreRoundedToTheMicrosecondLikeFfmpegRescalesThem() {
    assertThat(MediaDurations.seconds(90_189, 22_050)).hasValue(4.090204);
    assertThat(MediaDurations.seconds(2, 3)).hasValue(0.666667);
    assertThat(MediaDurations.seconds(1, 2_000_000)).as("half a microsecond rounds up").hasValue(0.000001);
    assertThat(MediaDurations.seconds(4_400, 1_000)).hasValue(4.4);
    assertThat(MediaDurations.seconds(0, 1_000)).isEmpty();
    assertThat(MediaDurations.seconds(Long.MAX_VALUE, 1_000)).isEmpty();
  }

  /**
   * The same file with its movie header rewritten as version 1 (64-bit times and duration). Its index
   * is the last box, so only its size and the header's change: no media data moves.
   */
  private static byte[] withVersion1MovieHeader(byte[] file) {
    ByteBuffer in = ByteBuffer.wrap(file);
    int moov = position(file, "moov", 0);
    assertThat(moov + in.getInt(moov)).as("moov is the last box").isEqualTo(file.length);
    int mvhd = position(file, "mvhd", moov);
    assertThat(file[mvhd + 8]).as("ffmpeg writes a version 0 header").isZero();
    int oldSize = in.getInt(mvhd);
    ByteBuffer out = ByteBuffer.allocate(file.length + 12);
    out.put(file, 0, mvhd);
    out.putInt(oldSize + 12).put("mvhd".getBytes(StandardCharsets.ISO_8859_1)).putInt(0x0100_0000);
    out.putLong(Integer.toUnsignedLong(in.getInt(mvhd + 12))).putLong(Integer.toUnsignedLong(in.getInt(mvhd + 16)));
    out.putInt(in.getInt(mvhd + 20)).putLong(Integer.toUnsignedLong(in.getInt(mvhd + 24)));
    out.put(file, mvhd + 28, file.length - mvhd - 28);
    out.putInt(moov, in.getInt(moov) + 12);
    return out.array();
  }

  /** Where the box of {@code type} starts, searching from {@code from} (the type follows its 4-byte size). */
  private static int position(byte[] file, String type, int from) {
    int at = new String(file, StandardCharsets.ISO_8859_1).indexOf(type, from);
    assertThat(at).as(type).isGreaterThan(3);
    return at - 4;
  }

  private static List<String> topLevelBoxes(Path mp4) throws IOException {
    ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(mp4));
    List<String> types = new ArrayList<>();
    for (int at = 0; at + 8 <= file.limit(); at += file.getInt(at)) {
      types.add(new String(file.array(), at + 4, 4, StandardCharsets.ISO_8859_1));
    }
    return types;
  }

  private static double ffprobe(Path media) {
    return Double.parseDouble(RUN.run("test-probe", null, List.of(TOOLS.ffprobe(), "-v", "error", "-show_entries",
        "format=duration", "-of", "csv=p=0", media.toString()), null).stdout().strip());
  }

  private static void ffmpeg(String... arguments) {
    List<String> command = new ArrayList<>(List.of(TOOLS.ffmpeg(), "-nostdin", "-v", "error", "-y"));
    command.addAll(List.of(arguments));
    RUN.run("test", null, command, null);
  }
}
