package io.ytautopilot.production.adapters.media;

import io.ytautopilot.production.domain.RenderRequest;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.RenderingFailed;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.VideoRenderer;

import java.awt.AWTError;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Renders a video locally with espeak-ng (voice), Java2D (scene cards, thumbnail) and ffmpeg (encoding).
 *
 * <p>Each scene becomes {@code scene-N.wav} (narration), {@code scene-N.png} (card; from generation 2
 * on it names the generation, so a reviewer sees which scenes are new) and {@code scene-N.mp4} (card +
 * narration, H.264/AAC). Assembling joins the clips in ascending index order into {@code <videoId>.mp4},
 * the narrations into {@code voice-over.wav}, and draws {@code thumbnail.png} (1280x720). Everything
 * is written into the output directory; rendering a scene overwrites only that scene's files.
 *
 * <p>Thread-safe: it holds no mutable state, but concurrent renders must use different output directories.
 */
public final class LocalMediaRenderer implements VideoRenderer {

    public static final int DEFAULT_WIDTH = 640;
    public static final int DEFAULT_HEIGHT = 360;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    public static final int THUMBNAIL_WIDTH = 1280;
    public static final int THUMBNAIL_HEIGHT = 720;
    static final int FRAME_RATE = 25;

    static final String STEP_NARRATION = "narration";
    static final String STEP_SCENE_CARD = "scene-card";
    static final String STEP_SCENE_CLIP = "scene-clip";
    static final String STEP_CONCATENATE = "concatenate";
    static final String STEP_VOICE_OVER = "voice-over";
    static final String STEP_THUMBNAIL = "thumbnail";
    static final String STEP_PROBE = "probe";
    static final String STEP_PREPARE = "prepare";

    private static final System.Logger LOG = System.getLogger(LocalMediaRenderer.class.getName());

    private final MediaTools tools;
    private final int width;
    private final int height;
    private final ProcessRunner runner;

    /** 640x360, two minutes per command. */
    public LocalMediaRenderer(MediaTools tools) {
        this(tools, DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_TIMEOUT);
    }

    /**
     * @param width         video width in pixels, even, at least 16
     * @param height        video height in pixels, even, at least 16
     * @param perCommandTimeout how long one external command may run before it is killed
     */
    public LocalMediaRenderer(MediaTools tools, int width, int height, Duration perCommandTimeout) {
        this.tools = Objects.requireNonNull(tools, "tools");
        this.width = requireEvenSize(width, "width");
        this.height = requireEvenSize(height, "height");
        this.runner = new ProcessRunner(perCommandTimeout);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Renders every scene (as generation 1) and joins them: a whole video in one call. */
    public RenderedVideo render(RenderRequest request, Path outputDir) {
        Objects.requireNonNull(request, "request");
        List<SceneScript> scenes = new ArrayList<>(request.scenes());
        scenes.sort(Comparator.comparingInt(SceneScript::index));
        List<RenderedClip> clips = new ArrayList<>();
        for (SceneScript scene : scenes) {
            clips.add(renderScene(scene, 1, outputDir));
        }
        return assemble(request, clips, outputDir);
    }

    @Override
    public RenderedClip renderScene(SceneScript scene, int generation, Path outputDir) {
        Objects.requireNonNull(scene, "scene");
        Path dir = prepare(outputDir);
        Path wav = speak(scene, dir);
        Path card = drawCard(scene, generation, dir);
        return encodeClip(scene.index(), generation, card, wav, dir);
    }

    @Override
    public RenderedVideo assemble(RenderRequest request, List<RenderedClip> clips, Path outputDir) {
        Objects.requireNonNull(request, "request");
        long started = System.nanoTime();
        Path dir = prepare(outputDir);
        List<RenderedClip> ordered = new ArrayList<>(clips);
        ordered.sort(Comparator.comparingInt(RenderedClip::index));
        List<Integer> expected = request.scenes().stream().map(SceneScript::index).sorted().toList();
        List<Integer> actual = ordered.stream().map(RenderedClip::index).toList();
        if (!actual.equals(expected)) {
            throw new RenderingFailed(STEP_CONCATENATE, null,
                    "need one clip for each of the scenes " + expected + ", have clips for " + actual);
        }

        Path video = dir.resolve(request.videoId() + ".mp4");
        concatenate(ordered.stream().map(RenderedClip::location).toList(), video, dir, "concat-video.txt",
                STEP_CONCATENATE, List.of("-c", "copy", "-movflags", "+faststart"));
        Path voiceOver = dir.resolve("voice-over.wav");
        concatenate(ordered.stream().map(LocalMediaRenderer::narrationOf).toList(), voiceOver, dir,
                "concat-voice.txt", STEP_VOICE_OVER, List.of("-c:a", "pcm_s16le"));
        Path thumbnail = dir.resolve("thumbnail.png");
        paint(STEP_THUMBNAIL, null, thumbnail,
                () -> CardPainter.thumbnail(request.title(), THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT));

        RenderedVideo result = new RenderedVideo(video, probeDuration(video, null), size(video, null), sha256(video),
                voiceOver, thumbnail, ordered);
        LOG.log(System.Logger.Level.INFO, () -> String.format(
                "assembled %s: %d scenes, %.2f s, %d bytes, %dx%d in %d ms",
                video, ordered.size(), result.durationSeconds(), result.sizeBytes(), width, height,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        return result;
    }

    /** The clip file as it was written, next to the narration the voice-over is joined from. */
    @Override
    public boolean isIntact(RenderedClip clip) {
        try {
            return Files.isRegularFile(clip.location()) && Files.size(clip.location()) == clip.sizeBytes()
                    && Files.isRegularFile(narrationOf(clip));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path prepare(Path outputDir) {
        Objects.requireNonNull(outputDir, "outputDir");
        Path dir = outputDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RenderingFailed(STEP_PREPARE, null, "cannot create output directory " + dir + ": " + e, e);
        }
        return dir;
    }

    private static Path narrationOf(RenderedClip clip) {
        return clip.location().resolveSibling("scene-" + clip.index() + ".wav");
    }

    /** espeak-ng reads the narration from a UTF-8 file, so no text is ever parsed as an option. */
    private Path speak(SceneScript scene, Path dir) {
        int index = scene.index();
        Path text = dir.resolve("scene-" + index + ".txt");
        Path wav = dir.resolve("scene-" + index + ".wav");
        try {
            Files.writeString(text, scene.narration().strip(), StandardCharsets.UTF_8);
            runner.run(STEP_NARRATION, index,
                    List.of(tools.espeakNg(), "-b", "1", "-f", text.toString(), "-w", wav.toString()), dir);
        } catch (IOException e) {
            throw new RenderingFailed(STEP_NARRATION, index, "cannot write narration text " + text + ": " + e, e);
        } finally {
            deleteQuietly(text);
        }
        return wav;
    }

    private Path drawCard(SceneScript scene, int generation, Path dir) {
        Path card = dir.resolve("scene-" + scene.index() + ".png");
        paint(STEP_SCENE_CARD, scene.index(), card,
                () -> CardPainter.sceneCard(scene.onScreenText(), scene.index(), generation, width, height));
        return card;
    }

    private RenderedClip encodeClip(int index, int generation, Path card, Path wav, Path dir) {
        Path clip = dir.resolve("scene-" + index + ".mp4");
        List<String> command = new ArrayList<>(ffmpegPrefix());
        command.addAll(List.of(
                "-loop", "1", "-framerate", String.valueOf(FRAME_RATE), "-i", card.toString(),
                "-i", wav.toString(),
                "-map", "0:v:0", "-map", "1:a:0",
                // the card already has the target size; scale/setsar guarantee it (even, square pixels)
                "-vf", "scale=" + width + ":" + height + ",setsar=1",
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "stillimage", "-pix_fmt", "yuv420p",
                "-r", String.valueOf(FRAME_RATE),
                "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2",
                "-shortest", "-movflags", "+faststart",
                clip.toString()));
        runner.run(STEP_SCENE_CLIP, index, command, dir);
        return new RenderedClip(index, generation, clip, probeDuration(clip, index), size(clip, index));
    }

    /**
     * Concatenates {@code inputs} with ffmpeg's concat demuxer. The list file holds plain file names
     * (all inputs live in {@code dir}), so no quoting or {@code -safe 0} is needed.
     */
    private void concatenate(List<Path> inputs, Path output, Path dir, String listName, String step,
                             List<String> codecArgs) {
        Path list = dir.resolve(listName);
        StringBuilder content = new StringBuilder("ffconcat version 1.0\n");
        for (Path input : inputs) {
            content.append("file '").append(input.getFileName()).append("'\n");
        }
        try {
            Files.writeString(list, content, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(ffmpegPrefix());
            command.addAll(List.of("-f", "concat", "-i", list.toString()));
            command.addAll(codecArgs);
            command.add(output.toString());
            runner.run(step, null, command, dir);
        } catch (IOException e) {
            throw new RenderingFailed(step, null, "cannot write concat list " + list + ": " + e, e);
        } finally {
            deleteQuietly(list);
        }
    }

    private List<String> ffmpegPrefix() {
        return List.of(tools.ffmpeg(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y");
    }

    double probeDuration(Path media, Integer sceneIndex) {
        ProcessRunner.Result result = runner.run(STEP_PROBE, sceneIndex, List.of(tools.ffprobe(),
                "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", media.toString()), null);
        String out = result.stdout().strip();
        try {
            return Double.parseDouble(out);
        } catch (NumberFormatException e) {
            throw new RenderingFailed(STEP_PROBE, sceneIndex,
                    "ffprobe reported no duration for " + media + " (output: '" + out + "')", e);
        }
    }

    private static long size(Path file, Integer sceneIndex) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new RenderingFailed(STEP_PROBE, sceneIndex, "cannot read size of " + file + ": " + e, e);
        }
    }

    /** Hex SHA-256 of the file, read in chunks so a long video never sits in memory whole. */
    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new RenderingFailed(STEP_PROBE, null, "cannot read " + file + " for its checksum: " + e, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void paint(String step, Integer sceneIndex, Path target, Supplier<BufferedImage> image) {
        try {
            CardPainter.writePng(image.get(), target);
        } catch (IOException | UncheckedIOException e) {
            throw new RenderingFailed(step, sceneIndex, "cannot write " + target + ": " + e, e);
        } catch (RuntimeException | LinkageError | InternalError | AWTError e) {
            // e.g. a headless JVM without fontconfig/fonts
            throw new RenderingFailed(step, sceneIndex, "Java2D drawing failed: " + e
                    + " (are fonts installed? " + MediaTools.FONTS_HINT + ")", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "could not delete " + file + ": " + e);
        }
    }

    private static int requireEvenSize(int value, String name) {
        if (value < 16 || value > 7680 || value % 2 != 0) {
            throw new IllegalArgumentException(name + " must be an even number of pixels between 16 and 7680"
                    + " (H.264 with yuv420p needs even dimensions), was " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "LocalMediaRenderer[" + width + "x" + height + ", timeout=" + runner.timeout() + ", " + tools + "]";
    }
}
