package io.ytautopilot.production.adapters.media;

import io.ytautopilot.production.domain.RenderRequest;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.RenderingFailed;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.Assembler;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.VoiceOver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Joins media with ffmpeg. Every clip ({@code scene-N.mp4}) is encoded the same way, whatever made its
 * picture (H.264 yuv420p at the format's size, 25 fps; AAC 48 kHz stereo), so the video is joined
 * without re-encoding: {@code <videoId>.mp4} (faststart), its sound as {@code voice-over.wav}, and
 * {@code subtitles.srt} timed by the clips, burned into the picture too when configured.
 */
public final class FfmpegAssembler extends LocalProvider implements Assembler {
  static final String STEP_PROBE = "probe";
  static final String STEP_CLIP = "scene-clip";
  static final String STEP_PLACEHOLDER = "placeholder";
  static final String STEP_CONCATENATE = "concatenate";
  static final String STEP_SUBTITLES = "subtitles";
  static final String STEP_VOICE_OVER = "voice-over";
  static final String STEP_MUSIC = "music";
  static final String SUBTITLES_FILE = "subtitles.srt";
  static final double MIN_PLACEHOLDER_SECONDS = 2;

  private static final List<String> VIDEO_CODEC = List.of("-c:v", "libx264", "-preset", "ultrafast",
      "-pix_fmt", "yuv420p", "-r", String.valueOf(MediaCommands.FRAME_RATE));
  private static final List<String> AUDIO_CODEC = List.of("-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2");
  private static final System.Logger LOG = System.getLogger(FfmpegAssembler.class.getName());

  private final boolean burnInSubtitles;
  private final Optional<Path> music;
  private final double musicVolume;
  private final MediaCommands commands;

  /** Without background music. */
  public FfmpegAssembler(String name, double usdPerVideo, boolean burnInSubtitles, MediaTools tools) {
    this(name, usdPerVideo, burnInSubtitles, Optional.empty(), 0, tools);
  }

  public FfmpegAssembler(String name, double usdPerVideo, boolean burnInSubtitles, Optional<Path> music,
      double musicVolume, MediaTools tools) {
    super(name, usdPerVideo);
    this.burnInSubtitles = burnInSubtitles;
    music.filter(file -> !Files.isReadable(file)).ifPresent(file -> {
      throw new IllegalArgumentException("the background music " + file + " cannot be read"
          + " (yt.production.music.file)");
    });
    this.music = music;
    this.musicVolume = musicVolume;
    this.commands = new MediaCommands(tools, MediaCommands.DEFAULT_TIMEOUT);
  }

  @Override
  public VoiceOver measure(SceneScript scene, Path audio) {
    return new VoiceOver(audio, commands.seconds(audio, STEP_PROBE, scene.index()));
  }

  /**
   * The voice is padded with silence to the picture's length. A picture shorter than its voice (a remote
   * provider may deliver less than asked) holds its last frame, so no narration is cut; a picture of
   * another size is letterboxed into the frame, and its own sound is dropped.
   */
  @Override
  public RenderedClip clip(SceneScript scene, int generation, Path picture, VoiceOver voiceOver, MediaFormat format,
      Path outputDir) {
    int index = scene.index();
    Path dir = MediaCommands.prepare(outputDir, STEP_CLIP, index);
    double pictureSeconds = commands.seconds(picture, STEP_CLIP, index);
    double voiceSeconds = voiceOver.seconds();
    String filter = voiceSeconds <= pictureSeconds ? fit(format)
        : fit(format) + ",tpad=stop_mode=clone:stop_duration=" + seconds(voiceSeconds - pictureSeconds);
    Path clip = dir.resolve("scene-" + index + ".mp4");
    List<String> arguments = new ArrayList<>(List.of("-i", picture.toString(), "-i", voiceOver.audio().toString(),
        "-map", "0:v:0", "-map", "1:a:0", "-vf", filter, "-af", "apad"));
    arguments.addAll(VIDEO_CODEC);
    arguments.addAll(AUDIO_CODEC);
    arguments.addAll(List.of("-t", seconds(Math.max(pictureSeconds, voiceSeconds)), "-movflags", "+faststart",
        clip.toString()));
    commands.ffmpeg(STEP_CLIP, index, arguments, dir);
    return rendered(index, generation, clip, STEP_CLIP);
  }

  @Override
  public RenderedClip placeholder(SceneScript scene, int generation, String reason, MediaFormat format,
      Path outputDir) {
    int index = scene.index();
    Path dir = MediaCommands.prepare(outputDir, STEP_PLACEHOLDER, index);
    Path card = dir.resolve("scene-" + index + "-placeholder.png");
    MediaCommands.paint(STEP_PLACEHOLDER, index, card,
        () -> CardPainter.placeholderCard(index, reason, format.width(), format.height()));
    Path clip = dir.resolve("scene-" + index + ".mp4");
    // silent, but with a sound track like every other clip, so the clips join without re-encoding
    List<String> arguments = new ArrayList<>(List.of(
        "-loop", "1", "-framerate", String.valueOf(MediaCommands.FRAME_RATE), "-i", card.toString(),
        "-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo",
        "-map", "0:v:0", "-map", "1:a:0", "-vf", fit(format)));
    arguments.addAll(VIDEO_CODEC);
    arguments.addAll(AUDIO_CODEC);
    arguments.addAll(List.of("-t", seconds(Math.max(MIN_PLACEHOLDER_SECONDS, scene.plannedSeconds())),
        "-movflags", "+faststart", clip.toString()));
    commands.ffmpeg(STEP_PLACEHOLDER, index, arguments, dir);
    return rendered(index, generation, clip, STEP_PLACEHOLDER);
  }

  @Override
  public RenderedVideo assemble(RenderRequest request, List<RenderedClip> clips, Path thumbnail, MediaFormat format,
      Path outputDir) {
    long started = System.nanoTime();
    Path dir = MediaCommands.prepare(outputDir, STEP_CONCATENATE, null);
    List<RenderedClip> ordered = clips.stream().sorted(Comparator.comparingInt(RenderedClip::index)).toList();
    List<Integer> expected = request.scenes().stream().map(SceneScript::index).sorted().toList();
    List<Integer> actual = ordered.stream().map(RenderedClip::index).toList();
    if (!actual.equals(expected)) {
      throw new RenderingFailed(STEP_CONCATENATE, null,
          "need one clip for each of the scenes " + expected + ", have clips for " + actual);
    }
    Path subtitles = writeSubtitles(request, ordered, dir);
    Path video = dir.resolve(request.videoId() + ".mp4");
    concatenate(ordered, video, dir);
    Path voiceOver = dir.resolve("voice-over.wav");
    commands.ffmpeg(STEP_VOICE_OVER, null,
        List.of("-i", video.toString(), "-vn", "-c:a", "pcm_s16le", voiceOver.toString()), dir);
    music.ifPresent(file -> mixMusicUnder(video, file, dir));
    RenderedVideo result = new RenderedVideo(video, commands.seconds(video, STEP_PROBE, null),
        MediaCommands.size(video, STEP_PROBE, null), MediaCommands.sha256(video, STEP_PROBE), voiceOver, thumbnail,
        MediaCommands.sha256(thumbnail, STEP_PROBE), ordered);
    LOG.log(System.Logger.Level.INFO, () -> String.format(Locale.ROOT,
        "assembled %s: %d scenes, %.2f s, %d bytes, %dx%d, subtitles %s, in %d ms", video, ordered.size(),
        result.durationSeconds(), result.sizeBytes(), format.width(), format.height(),
        burnInSubtitles ? "burned in and " + subtitles.getFileName() : subtitles.getFileName(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
    return result;
  }

  /** Loops the music under the whole video at {@code musicVolume}; the voice-over track stays voice only. */
  private void mixMusicUnder(Path video, Path file, Path dir) {
    Path mixed = dir.resolve("with-music-" + video.getFileName());
    commands.ffmpeg(STEP_MUSIC, null, List.of("-i", video.toString(), "-stream_loop", "-1", "-i", file.toString(),
        "-filter_complex", String.format(Locale.ROOT,
            "[1:a]volume=%.3f[music];[0:a][music]amix=inputs=2:duration=first:dropout_transition=0:normalize=0[mix]",
            musicVolume),
        "-map", "0:v", "-map", "[mix]", "-c:v", "copy", "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2",
        "-movflags", "+faststart", mixed.toString()), dir);
    try {
      Files.move(mixed, video, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new RenderingFailed(STEP_MUSIC, null, "cannot replace " + video + " with its mix: " + e, e);
    }
  }

  @Override
  public boolean isIntact(RenderedClip clip) {
    try {
      return Files.isRegularFile(clip.location()) && Files.size(clip.location()) == clip.sizeBytes();
    } catch (IOException e) {
      return false;
    }
  }

  /** One cue per scene, its narration, from the clip's start to its end in the joined video. */
  static String subRip(List<SceneScript> scenes, List<RenderedClip> orderedClips) {
    Map<Integer, SceneScript> byIndex = scenes.stream()
        .collect(Collectors.toMap(SceneScript::index, Function.identity()));
    StringBuilder srt = new StringBuilder();
    double start = 0;
    int cue = 1;
    for (RenderedClip clip : orderedClips) {
      double end = start + clip.durationSeconds();
      srt.append(cue++).append('\n')
          .append(timestamp(start)).append(" --> ").append(timestamp(end)).append('\n')
          .append(byIndex.get(clip.index()).narration().strip().replaceAll("\\s+", " ")).append("\n\n");
      start = end;
    }
    return srt.toString();
  }

  static String timestamp(double seconds) {
    long millis = Math.round(seconds * 1000);
    return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", millis / 3_600_000, millis / 60_000 % 60,
        millis / 1000 % 60, millis % 1000);
  }

  private Path writeSubtitles(RenderRequest request, List<RenderedClip> ordered, Path dir) {
    Path subtitles = dir.resolve(SUBTITLES_FILE);
    try {
      Files.writeString(subtitles, subRip(request.scenes(), ordered), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RenderingFailed(STEP_SUBTITLES, null, "cannot write " + subtitles + ": " + e, e);
    }
    return subtitles;
  }

  /**
   * Joins with ffmpeg's concat demuxer; the list names each clip by its absolute path, quoted, which
   * needs {@code -safe 0}. Burning subtitles in re-encodes the picture only.
   */
  private void concatenate(List<RenderedClip> ordered, Path video, Path dir) {
    Path list = dir.resolve("concat-" + video.getFileName() + ".txt");
    StringBuilder content = new StringBuilder("ffconcat version 1.0\n");
    for (RenderedClip clip : ordered) {
      String path = clip.location().toAbsolutePath().normalize().toString();
      content.append("file '").append(path.replace("'", "'\\''")).append("'\n");
    }
    try {
      Files.writeString(list, content, StandardCharsets.UTF_8);
      List<String> arguments = new ArrayList<>(List.of("-f", "concat", "-safe", "0", "-i", list.toString()));
      if (burnInSubtitles) {
        // a relative file name: ffmpeg runs in dir, and the filter's own escaping never sees a path
        arguments.addAll(List.of("-vf", "subtitles=" + SUBTITLES_FILE));
        arguments.addAll(VIDEO_CODEC);
        arguments.addAll(List.of("-c:a", "copy"));
      } else {
        arguments.addAll(List.of("-c", "copy"));
      }
      arguments.addAll(List.of("-movflags", "+faststart", video.toString()));
      commands.ffmpeg(STEP_CONCATENATE, null, arguments, dir);
    } catch (IOException e) {
      throw new RenderingFailed(STEP_CONCATENATE, null, "cannot write the concat list " + list + ": " + e, e);
    } finally {
      MediaCommands.deleteQuietly(list);
    }
  }

  private RenderedClip rendered(int index, int generation, Path clip, String step) {
    return new RenderedClip(index, generation, clip, commands.seconds(clip, step, index),
        MediaCommands.size(clip, step, index));
  }

  /** Scales into the frame keeping the aspect ratio, pads the rest, square pixels, constant frame rate. */
  private static String fit(MediaFormat format) {
    int width = format.width();
    int height = format.height();
    return "scale=" + width + ":" + height + ":force_original_aspect_ratio=decrease,"
        + "pad=" + width + ":" + height + ":(ow-iw)/2:(oh-ih)/2,setsar=1,fps=" + MediaCommands.FRAME_RATE
        + ",format=yuv420p";
  }

  private static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }
}
