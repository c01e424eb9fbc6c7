package io.ytautopilot.production.adapters.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ytautopilot.production.domain.RenderRequest;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.RenderingFailed;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.ProviderFailure;
import io.ytautopilot.production.domain.media.VoiceOver;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local providers and the assembler on real ffmpeg, espeak-ng and Java2D output, checked with ffprobe. */
class LocalProvidersTests {
  private static final MediaFormat LONG = new MediaFormat(MediaFormat.Kind.LONG, 640, 360);
  private static final MediaFormat SHORTS = new MediaFormat(MediaFormat.Kind.SHORTS, 360, 640);
  private static final MediaTools TOOLS = new MediaTools();
  private static final ProcessRunner PROBE = new ProcessRunner(Duration.ofSeconds(60));

  private final EspeakVoiceOver voice = new EspeakVoiceOver("espeak-ng", 0, TOOLS);
  private final KenBurnsSceneVideo video = new KenBurnsSceneVideo("ffmpeg", 0, TOOLS);
  private final FfmpegAssembler assembler = new FfmpegAssembler("ffmpeg", 0, false, TOOLS);
  @TempDir
  Path dir;

  private static RenderRequest threeScenes(String videoId) {
    return new RenderRequest(videoId, "Three facts about octopuses you did not know", List.of(
        new SceneScript(1, "Octopuses have three hearts.", "Three hearts", "an octopus", 4),
        new SceneScript(2, "Their blood is blue.", "Blue blood", "blue liquid", 5),
        new SceneScript(3, "And they can taste with their arms.", "Tasting arms", "tentacles", 4)));
  }

  @Test
  void aScenePictureIsSilentAsLongAsAskedAndInTheFrameOfItsFormat() {
    SceneScript scene = new SceneScript(1, "Hello.", "Hello", "", 3);

    Path landscape = video.render(scene, 1, LONG, 3.4, dir.resolve("long"));
    Path portrait = video.render(scene, 1, SHORTS, 2.0, dir.resolve("shorts"));

    assertThat(streamTypes(landscape)).containsExactly("video");
    assertThat(videoStream(landscape)).containsEntry("codec_name", "h264").containsEntry("pix_fmt", "yuv420p")
        .containsEntry("width", "640").containsEntry("height", "360").containsEntry("r_frame_rate", "25/1");
    assertThat(duration(landscape)).isCloseTo(3.4, within(0.34));
    assertThat(videoStream(portrait)).containsEntry("width", "360").containsEntry("height", "640");
    assertThat(duration(portrait)).isCloseTo(2.0, within(0.2));
  }

  @Test
  void thePictureMovesSlowly() throws Exception {
    Path picture = video.render(new SceneScript(1, "Hello.", "Ken Burns", "", 4), 1, LONG, 4, dir);

    BufferedImage first = frameAt(picture, 0.0);
    BufferedImage last = frameAt(picture, 3.8);
    assertThat(differingPixels(first, last)).as("pixels changed between the first and last frame")
        .isGreaterThan(first.getWidth() * first.getHeight() / 20);
  }

  @Test
  void aClipCarriesTheVoiceOverPaddedWithSilenceToThePicturesLength() {
    SceneScript scene = new SceneScript(2, "Their blood is blue.", "Blue blood", "", 5);
    VoiceOver voiceOver = assembler.measure(scene, voice.speak(scene, dir));
    double seconds = Math.max(scene.plannedSeconds(), voiceOver.seconds());

    RenderedClip clip = assembler.clip(scene, 1, video.render(scene, 1, LONG, seconds, dir), voiceOver, LONG, dir);

    assertThat(voiceOver.seconds()).isBetween(0.5, 4.0);
    assertThat(clip.location()).isEqualTo(dir.resolve("scene-2.mp4"));
    assertThat(streamTypes(clip.location())).containsExactly("video", "audio");
    assertThat(clip.durationSeconds()).isCloseTo(5.0, within(0.5));
    assertThat(clip.sizeBytes()).isEqualTo(size(clip.location()));
    assertThat(assembler.isIntact(clip)).isTrue();
  }

  @Test
  void aPictureOfAnotherSizeIsFittedIntoTheFrame() {
    Path foreign = dir.resolve("foreign.mp4");
    run(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=30", "-t", "2",
        "-pix_fmt", "yuv444p", foreign.toString()));
    SceneScript scene = new SceneScript(1, "Hi.", "", "", 2);

    RenderedClip clip = assembler.clip(scene, 1, foreign, assembler.measure(scene, voice.speak(scene, dir)), SHORTS,
        dir);

    assertThat(videoStream(clip.location())).containsEntry("width", "360").containsEntry("height", "640")
        .containsEntry("pix_fmt", "yuv420p").containsEntry("r_frame_rate", "25/1");
  }

  @Test
  void aPictureShorterThanItsVoiceHoldsItsLastFrameSoNoNarrationIsCut() {
    SceneScript scene = new SceneScript(1, "Octopuses have three hearts, blue blood, and arms that can taste.",
        "", "", 1);
    VoiceOver voiceOver = assembler.measure(scene, voice.speak(scene, dir));

    RenderedClip clip = assembler.clip(scene, 1, video.render(scene, 1, LONG, 1.0, dir), voiceOver, LONG, dir);

    assertThat(voiceOver.seconds()).isGreaterThan(2.0);
    assertThat(clip.durationSeconds()).isCloseTo(voiceOver.seconds(), within(voiceOver.seconds() * 0.1));
  }

  @Test
  void aPlaceholderIsMarkedSilentAndAsLongAsPlanned() throws Exception {
    RenderedClip placeholder = assembler.placeholder(new SceneScript(4, "Lost.", "", "", 3), 1,
        "every scene-video provider failed", LONG, dir);
    RenderedClip shortest = assembler.placeholder(new SceneScript(5, "Lost.", "", "", 0), 1, "failed", SHORTS, dir);

    assertThat(placeholder.durationSeconds()).isCloseTo(3.0, within(0.3));
    assertThat(shortest.durationSeconds()).isCloseTo(2.0, within(0.2));
    assertThat(videoStream(shortest.location())).containsEntry("width", "360").containsEntry("height", "640");
    assertThat(streamTypes(placeholder.location())).containsExactly("video", "audio");
    assertThat(maxVolume(placeholder.location())).as("max volume in dB").isLessThan(-80);
    // the red PLACEHOLDER banner across the top of the picture
    BufferedImage frame = frameAt(placeholder.location(), 1.0);
    Color banner = new Color(frame.getRGB(8, 360 / 14 + 4));
    assertThat(banner.getRed()).isGreaterThan(180);
    assertThat(banner.getGreen()).isLessThan(120);
    BufferedImage card = ImageIO.read(dir.resolve("scene-4-placeholder.png").toFile());
    assertThat(card.getWidth()).isEqualTo(640);
  }

  @Test
  void assemblingThreeScenesLastsThePlanWithSubtitlesVoiceOverAndChecksum() throws Exception {
    RenderRequest request = threeScenes("octopus-1");
    List<RenderedClip> clips = new ArrayList<>();
    for (SceneScript scene : request.scenes()) {
      VoiceOver voiceOver = assembler.measure(scene, voice.speak(scene, dir));
      double seconds = Math.max(scene.plannedSeconds(), voiceOver.seconds());
      clips.add(assembler.clip(scene, 1, video.render(scene, 1, LONG, seconds, dir), voiceOver, LONG, dir));
    }
    Path thumbnail = new Java2dThumbnail("java2d", 0).draw(request.title(), LONG, dir);

    RenderedVideo rendered = assembler.assemble(request, List.of(clips.get(2), clips.get(0), clips.get(1)),
        thumbnail, LONG, dir);

    assertThat(rendered.video()).isEqualTo(dir.resolve("octopus-1.mp4"));
    assertThat(rendered.durationSeconds()).isCloseTo(13.0, within(1.3));
    assertThat(duration(rendered.video())).isCloseTo(13.0, within(1.3));
    assertThat(streamTypes(rendered.video())).containsExactly("video", "audio");
    assertThat(videoStream(rendered.video())).containsEntry("width", "640").containsEntry("height", "360");
    assertThat(rendered.sha256()).isEqualTo(sha256(rendered.video()));
    assertThat(rendered.sizeBytes()).isEqualTo(size(rendered.video()));
    assertThat(rendered.clips()).extracting(RenderedClip::index).containsExactly(1, 2, 3);
    assertThat(rendered.thumbnail()).isEqualTo(thumbnail);
    assertThat(rendered.thumbnailSha256()).as("approved at Gate 2 with the video").isEqualTo(sha256(thumbnail));
    assertThat(duration(rendered.voiceOver())).isCloseTo(13.0, within(1.3));
    // faststart: the index comes before the media data, so playback starts before the download ends
    String head = new String(Files.readAllBytes(rendered.video()), 0, 4096, StandardCharsets.ISO_8859_1);
    assertThat(head).contains("moov");

    List<double[]> cues = cues(Files.readString(dir.resolve("subtitles.srt")));
    assertThat(cues).hasSize(3);
    assertThat(cues.get(0)[0]).isZero();
    for (int i = 0; i < cues.size(); i++) {
      assertThat(cues.get(i)[1]).isGreaterThan(cues.get(i)[0]);
      if (i > 0) {
        assertThat(cues.get(i)[0]).isCloseTo(cues.get(i - 1)[1], within(0.001));
      }
    }
    assertThat(cues.get(2)[1]).isCloseTo(rendered.durationSeconds(), within(0.3));
    assertThat(Files.readString(dir.resolve("subtitles.srt"))).contains("Their blood is blue.");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") || n.endsWith(".tmp")))
          .as("no narration text or concat list is left behind").isEmpty();
    }
  }

  @Test
  void burnedInSubtitlesChangeThePictureNotItsLength() throws Exception {
    RenderRequest request = new RenderRequest("subtitled", "Subtitles", List.of(
        new SceneScript(1, "Words on the screen.", "", "", 3)));
    SceneScript scene = request.scenes().get(0);
    VoiceOver voiceOver = assembler.measure(scene, voice.speak(scene, dir));
    RenderedClip clip = assembler.clip(scene, 1, video.render(scene, 1, LONG, 3, dir), voiceOver, LONG, dir);
    Path thumbnail = new Java2dThumbnail("java2d", 0).draw(request.title(), LONG, dir);

    RenderedVideo plain = assembler.assemble(request, List.of(clip), thumbnail, LONG, dir.resolve("plain"));
    RenderedVideo burned = new FfmpegAssembler("ffmpeg", 0, true, TOOLS)
        .assemble(request, List.of(clip), thumbnail, LONG, dir);

    assertThat(burned.durationSeconds()).isCloseTo(plain.durationSeconds(), within(0.2));
    BufferedImage withText = frameAt(burned.video(), 1.5);
    BufferedImage without = frameAt(plain.video(), 1.5);
    int bottomDifferences = differingPixels(withText.getSubimage(0, 270, 640, 90), without.getSubimage(0, 270, 640, 90));
    assertThat(bottomDifferences).as("pixels changed by the subtitle at the bottom").isGreaterThan(500);
  }

  @Test
  void backgroundMusicPlaysUnderTheVideoButNotInTheVoiceOverTrack() throws Exception {
    Path music = dir.resolve("music.wav");
    run(List.of(TOOLS.ffmpeg(), "-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=1",
        music.toString()));
    var request = new RenderRequest("with-music", "Music", List.of(new SceneScript(1, "Quiet.", "", "", 3)));
    var silent = assembler.placeholder(request.scenes().get(0), 1, "no voice", LONG, dir);
    var thumbnail = new Java2dThumbnail("java2d", 0).draw("Music", LONG, dir);

    RenderedVideo video = new FfmpegAssembler("ffmpeg", 0, false, Optional.of(music), 0.5, TOOLS)
        .assemble(request, List.of(silent), thumbnail, LONG, dir);

    // a silent placeholder carries only the music, looped over its 3 s
    assertThat(maxVolume(video.video())).as("max volume in dB").isGreaterThan(-40);
    assertThat(duration(video.video())).isCloseTo(3.0, within(0.3));
    assertThat(maxVolume(video.voiceOver())).as("the voice-over track stays voice only").isLessThan(-80);
    assertThat(video.sha256()).isEqualTo(sha256(video.video()));
  }

  @Test
  void aVoiceOverEspeakCouldNotWriteFailsTheProviderInsteadOfPassingOnNoAudio() throws Exception {
    var scene = new SceneScript(4, "Nothing to hear.", "", "", 2);
    Files.createDirectories(dir.resolve("scene-4-voice.wav"));

    assertThatThrownBy(() -> new EspeakVoiceOver("espeak-ng", 0, TOOLS).speak(scene, dir))
        .isInstanceOf(ProviderFailure.class)
        .hasMessageStartingWith("espeak-ng: ")
        .hasMessageContaining("espeak-ng wrote no audio to " + dir.resolve("scene-4-voice.wav"));
  }

  @Test
  void aThumbnailHasTheFramesOrientation() throws Exception {
    var thumbnails = new Java2dThumbnail("java2d", 0);

    BufferedImage landscape = ImageIO.read(thumbnails.draw("A long video", LONG, dir.resolve("long")).toFile());
    BufferedImage portrait = ImageIO.read(thumbnails.draw("A short", SHORTS, dir.resolve("shorts")).toFile());

    assertThat(List.of(landscape.getWidth(), landscape.getHeight())).containsExactly(1280, 720);
    assertThat(List.of(portrait.getWidth(), portrait.getHeight())).containsExactly(720, 1280);
  }

  @Test
  void assemblingNeedsOneClipForEveryScene() {
    RenderRequest request = threeScenes("gap");
    List<RenderedClip> clips = List.of(assembler.placeholder(request.scenes().get(0), 1, "x", LONG, dir),
        assembler.placeholder(request.scenes().get(2), 1, "x", LONG, dir));

    assertThatThrownBy(() -> assembler.assemble(request, clips, dir.resolve("thumbnail.png"), LONG, dir))
        .isInstanceOf(RenderingFailed.class)
        .hasMessageContaining("need one clip for each of the scenes [1, 2, 3], have clips for [1, 3]");
  }

  @Test
  void aClipIsIntactOnlyWhileItsFileIsAsWritten() throws Exception {
    RenderedClip clip = assembler.placeholder(new SceneScript(1, "x", "", "", 2), 1, "x", LONG, dir);
    RenderedClip other = assembler.placeholder(new SceneScript(2, "x", "", "", 2), 1, "x", LONG, dir);

    Files.writeString(clip.location(), "truncated");
    Files.delete(other.location());

    assertThat(assembler.isIntact(clip)).isFalse();
    assertThat(assembler.isIntact(other)).isFalse();
  }

  @Test
  void aMissingToolFailsAsTheProviderNamingTheStepAndScene() {
    var mute = new EspeakVoiceOver("espeak-ng", 0, new MediaTools("ffmpeg", "ffprobe", "espeak-missing-xyz"));

    assertThatThrownBy(() -> mute.speak(new SceneScript(7, "Hello.", "", "", 2), dir))
        .isInstanceOfSatisfying(ProviderFailure.class, e -> assertThat(e.provider()).isEqualTo("espeak-ng"))
        .hasMessageStartingWith("espeak-ng: Rendering step 'narration' failed for scene 7: could not start"
            + " 'espeak-missing-xyz'");
  }

  @Test
  void anUnreadableVoiceOverFailsItsMeasureNamingTheStepAndScene() throws Exception {
    Path garbage = Files.writeString(dir.resolve("scene-3-voice.wav"), "this is not a wav file");
    SceneScript scene = new SceneScript(3, "x", "", "", 2);

    assertThatThrownBy(() -> assembler.measure(scene, garbage))
        .isInstanceOfSatisfying(RenderingFailed.class, e -> assertThat(e.sceneIndex()).hasValue(3))
        .hasMessageStartingWith("Rendering step 'probe' failed for scene 3: 'ffprobe' exited with code 1")
        .hasMessageContaining("scene-3-voice.wav: Invalid data found when processing input");
  }

  @Test
  void anUnreadablePictureFailsTheClipNamingTheStepAndScene() throws Exception {
    SceneScript scene = new SceneScript(3, "x", "", "", 2);
    VoiceOver voiceOver = assembler.measure(scene, voice.speak(scene, dir));
    Path garbage = Files.writeString(dir.resolve("scene-3-picture.mp4"), "this is not a video");

    assertThatThrownBy(() -> assembler.clip(scene, 1, garbage, voiceOver, LONG, dir))
        .isInstanceOfSatisfying(RenderingFailed.class, e -> assertThat(e.sceneIndex()).hasValue(3))
        .hasMessageStartingWith("Rendering step 'scene-clip' failed for scene 3: 'ffprobe' exited with code 1")
        .hasMessageContaining("scene-3-picture.mp4: Invalid data found when processing input");
  }

  private static List<double[]> cues(String srt) {
    var timing = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d),(\\d\\d\\d) --> (\\d\\d):(\\d\\d):(\\d\\d),(\\d\\d\\d)");
    List<double[]> cues = new ArrayList<>();
    var matcher = timing.matcher(srt);
    while (matcher.find()) {
      cues.add(new double[] {seconds(matcher, 1), seconds(matcher, 5)});
    }
    return cues;
  }

  private static double seconds(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group)) * 3600 + Integer.parseInt(matcher.group(group + 1)) * 60
        + Integer.parseInt(matcher.group(group + 2)) + Integer.parseInt(matcher.group(group + 3)) / 1000.0;
  }

  private BufferedImage frameAt(Path media, double seconds) throws Exception {
    Path png = Files.createTempFile(dir, "frame-", ".png");
    run(List.of("ffmpeg", "-v", "error", "-y", "-ss", String.valueOf(seconds), "-i", media.toString(),
        "-frames:v", "1", png.toString()));
    return ImageIO.read(png.toFile());
  }

  private static int differingPixels(BufferedImage a, BufferedImage b) {
    int count = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        Color ca = new Color(a.getRGB(x, y));
        Color cb = new Color(b.getRGB(x, y));
        if (Math.abs(ca.getRed() - cb.getRed()) + Math.abs(ca.getGreen() - cb.getGreen())
            + Math.abs(ca.getBlue() - cb.getBlue()) > 60) {
          count++;
        }
      }
    }
    return count;
  }

  private static double maxVolume(Path media) {
    String out = PROBE.run("test", null, List.of("ffmpeg", "-hide_banner", "-i", media.toString(), "-map", "0:a",
        "-af", "volumedetect", "-f", "null", "-"), null).stderr();
    var matcher = Pattern.compile("max_volume: (-?[\\d.]+|-inf) dB").matcher(out);
    assertThat(matcher.find()).as("volumedetect output: " + out).isTrue();
    return matcher.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(matcher.group(1));
  }

  private static double duration(Path media) {
    return Double.parseDouble(probe(media, List.of("-show_entries", "format=duration", "-of", "csv=p=0")).strip());
  }

  private static List<String> streamTypes(Path media) {
    return probe(media, List.of("-show_entries", "stream=codec_type", "-of", "csv=p=0")).lines()
        .map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  private static Map<String, String> videoStream(Path media) {
    return probe(media, List.of("-select_streams", "v", "-show_entries",
        "stream=codec_name,width,height,pix_fmt,r_frame_rate", "-of", "default=nw=1")).lines()
        .filter(line -> line.contains("="))
        .map(line -> line.split("=", 2))
        .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1].strip()));
  }

  private static String probe(Path media, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of("ffprobe", "-v", "error"));
    command.addAll(arguments);
    command.add(media.toString());
    return PROBE.run("test-probe", null, command, null).stdout();
  }

  private static void run(List<String> command) {
    PROBE.run("test", null, command, null);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
