package io.ytautopilot.production.adapters.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.ytautopilot.production.domain.RenderRequest;
import io.ytautopilot.production.domain.RenderedClip;
import io.ytautopilot.production.domain.RenderedVideo;
import io.ytautopilot.production.domain.RenderingFailed;
import io.ytautopilot.production.domain.SceneScript;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMediaRendererTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final MediaTools tools = new MediaTools();
    private final ProcessRunner probeRunner = new ProcessRunner(TIMEOUT);

    private static RenderRequest threeScenes(String videoId) {
        return new RenderRequest(videoId, "Three facts about octopuses you did not know", List.of(
                new SceneScript(1, "Octopuses have three hearts.", "Three hearts", "an octopus", 4),
                new SceneScript(2, "Their blood is blue.", "Blue blood", "blue liquid", 4),
                new SceneScript(3, "And they can taste with their arms.", "Tasting arms", "tentacles", 4)));
    }

    @Test
    void rendersAThreeSceneVideo(@TempDir Path dir) throws Exception {
        LocalMediaRenderer renderer = new LocalMediaRenderer(tools, 640, 360, TIMEOUT);

        long start = System.nanoTime();
        RenderedVideo video = renderer.render(threeScenes("octopus-1"), dir.resolve("out"));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.printf("3-scene 640x360 render took %d ms (video %.2f s, %d bytes)%n",
                millis, video.durationSeconds(), video.sizeBytes());

        Path out = dir.resolve("out");
        assertThat(video.video()).isEqualTo(out.resolve("octopus-1.mp4")).isRegularFile();
        assertThat(video.sizeBytes()).isEqualTo(Files.size(video.video())).isPositive();
        assertThat(streamTypes(video.video())).containsExactly("video", "audio");
        assertThat(videoStream(video.video()))
                .containsEntry("codec_name", "h264")
                .containsEntry("width", "640")
                .containsEntry("height", "360")
                .containsEntry("pix_fmt", "yuv420p");
        assertThat(audioCodec(video.video())).isEqualTo("aac");

        assertThat(video.clips()).extracting(RenderedClip::index).containsExactly(1, 2, 3);
        for (RenderedClip clip : video.clips()) {
            assertThat(clip.location()).isEqualTo(out.resolve("scene-" + clip.index() + ".mp4")).isRegularFile();
            assertThat(clip.sizeBytes()).isEqualTo(Files.size(clip.location()));
            assertThat(clip.durationSeconds()).isGreaterThan(0.5);
        }
        double sumOfClips = video.clips().stream().mapToDouble(RenderedClip::durationSeconds).sum();
        assertThat(video.durationSeconds()).isGreaterThan(1.0).isCloseTo(sumOfClips, within(0.5));

        BufferedImage thumbnail = ImageIO.read(video.thumbnail().toFile());
        assertThat(video.thumbnail()).isEqualTo(out.resolve("thumbnail.png"));
        assertThat(thumbnail.getWidth()).isEqualTo(1280);
        assertThat(thumbnail.getHeight()).isEqualTo(720);

        assertThat(video.voiceOver()).isEqualTo(out.resolve("voice-over.wav")).isRegularFile();
        assertThat(renderer.probeDuration(video.voiceOver(), null)).isGreaterThan(1.0);

        // only the outputs remain: no narration text or concat list files
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") || n.endsWith(".tmp")))
                    .isEmpty();
        }
    }

    @Test
    void rendersAPortraitShortAndOverwritesAnExistingRender(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("short-1.mp4"), "stale content from an earlier render");
        LocalMediaRenderer renderer = new LocalMediaRenderer(tools, 360, 640, TIMEOUT);
        RenderRequest request = new RenderRequest("short-1", "A short", List.of(
                new SceneScript(0, "Quick fact.", "Quick fact", null, 4),
                new SceneScript(1, "Bye!", "", null, 4)));

        RenderedVideo video = renderer.render(request, dir);

        assertThat(videoStream(video.video()))
                .containsEntry("codec_name", "h264")
                .containsEntry("width", "360")
                .containsEntry("height", "640");
        assertThat(video.clips()).hasSize(2);
        assertThat(ImageIO.read(video.thumbnail().toFile()).getWidth()).isEqualTo(1280);
    }

    @Test
    void scenesAreRenderedInIndexOrder(@TempDir Path dir) {
        LocalMediaRenderer renderer = new LocalMediaRenderer(tools, 160, 90, TIMEOUT);
        RenderRequest request = new RenderRequest("order", "Order", List.of(
                new SceneScript(5, "five", "5", null, 4),
                new SceneScript(2, "two", "2", null, 4)));

        RenderedVideo video = renderer.render(request, dir);

        assertThat(video.clips()).extracting(RenderedClip::index).containsExactly(2, 5);
    }

    @Test
    void aSceneRenderedAgainChangesOnlyItsClipAndTheVideo(@TempDir Path dir) throws Exception {
        LocalMediaRenderer renderer = new LocalMediaRenderer(tools, 160, 90, TIMEOUT);
        RenderRequest request = threeScenes("again");
        RenderedVideo first = renderer.render(request, dir);
        assertThat(first.sha256()).isEqualTo(sha256(first.video()));
        Map<Integer, byte[]> before = clipBytes(first.clips());

        RenderedClip again = renderer.renderScene(request.scenes().get(1), 2, dir);
        // in any order: assembling sorts them by scene
        List<RenderedClip> clips = List.of(first.clips().get(2), again, first.clips().get(0));
        RenderedVideo second = renderer.assemble(request, clips, dir);

        Map<Integer, byte[]> after = clipBytes(second.clips());
        assertThat(after.get(1)).isEqualTo(before.get(1));
        assertThat(after.get(3)).isEqualTo(before.get(3));
        assertThat(after.get(2)).isNotEqualTo(before.get(2));
        assertThat(second.clips()).extracting(RenderedClip::index, RenderedClip::generation)
                .containsExactly(tuple(1, 1), tuple(2, 2), tuple(3, 1));
        assertThat(second.sha256()).isEqualTo(sha256(second.video())).isNotEqualTo(first.sha256());
    }

    @Test
    void assemblingNeedsOneClipForEveryScene(@TempDir Path dir) {
        LocalMediaRenderer renderer = new LocalMediaRenderer(tools, 160, 90, TIMEOUT);
        RenderRequest request = threeScenes("gap");
        List<RenderedClip> clips = List.of(renderer.renderScene(request.scenes().get(0), 1, dir),
                renderer.renderScene(request.scenes().get(2), 1, dir));

        assertThatThrownBy(() -> renderer.assemble(request, clips, dir))
                .isInstanceOf(RenderingFailed.class)
                .hasMessageContaining("need one clip for each of the scenes [1, 2, 3], have clips for [1, 3]");
    }

    @Test
    void aClipIsIntactWhileItsFilesAreAsRendered(@TempDir Path dir) throws Exception {
        LocalMediaRenderer renderer = new LocalMediaRenderer(tools, 160, 90, TIMEOUT);
        RenderRequest request = threeScenes("intact");
        RenderedClip first = renderer.renderScene(request.scenes().get(0), 1, dir);
        RenderedClip second = renderer.renderScene(request.scenes().get(1), 1, dir);
        RenderedClip third = renderer.renderScene(request.scenes().get(2), 1, dir);

        Files.writeString(second.location(), "truncated");
        Files.delete(dir.resolve("scene-3.wav"));

        assertThat(renderer.isIntact(first)).isTrue();
        assertThat(renderer.isIntact(second)).isFalse();
        assertThat(renderer.isIntact(third)).isFalse();
    }

    @Test
    void anUnreadableInputFailsNamingTheStepAndScene(@TempDir Path dir) throws Exception {
        // a fake espeak-ng that "succeeds" but writes garbage instead of a WAV file
        Path fakeEspeak = dir.resolve("fake-espeak.sh");
        Files.writeString(fakeEspeak, """
                #!/bin/sh
                while [ $# -gt 0 ]; do
                  if [ "$1" = "-w" ]; then printf 'this is not a wav file' > "$2"; fi
                  shift
                done
                """);
        Files.setPosixFilePermissions(fakeEspeak, PosixFilePermissions.fromString("rwxr-xr-x"));
        LocalMediaRenderer renderer = new LocalMediaRenderer(
                new MediaTools("ffmpeg", "ffprobe", fakeEspeak.toString()), 160, 90, TIMEOUT);

        assertThatThrownBy(() -> renderer.render(threeScenes("broken"), dir.resolve("out")))
                .isInstanceOfSatisfying(RenderingFailed.class, e -> {
                    assertThat(e.step()).isEqualTo("scene-clip");
                    assertThat(e.sceneIndex()).hasValue(1);
                })
                .hasMessageStartingWith("Rendering step 'scene-clip' failed for scene 1: 'ffmpeg' exited with code")
                .hasMessageContaining("last stderr lines")
                .hasMessageContaining("scene-1.wav");
    }

    @Test
    void aMissingVoiceToolFailsAtTheNarrationStep(@TempDir Path dir) {
        LocalMediaRenderer renderer = new LocalMediaRenderer(
                new MediaTools("ffmpeg", "ffprobe", "espeak-missing-xyz"), 160, 90, TIMEOUT);

        assertThatThrownBy(() -> renderer.render(threeScenes("no-voice"), dir))
                .isInstanceOf(RenderingFailed.class)
                .hasMessageStartingWith("Rendering step 'narration' failed for scene 1: could not start 'espeak-missing-xyz'");
    }

    @Test
    void oddOrTinyDimensionsAreRefused() {
        assertThatThrownBy(() -> new LocalMediaRenderer(tools, 641, 360, TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width must be an even number");
        assertThatThrownBy(() -> new LocalMediaRenderer(tools, 640, 4, TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("height");
        assertThat(new LocalMediaRenderer(tools)).extracting(LocalMediaRenderer::width, LocalMediaRenderer::height)
                .containsExactly(640, 360);
    }

    private static Map<Integer, byte[]> clipBytes(List<RenderedClip> clips) throws IOException {
        Map<Integer, byte[]> bytes = new HashMap<>();
        for (RenderedClip clip : clips) {
            bytes.put(clip.index(), Files.readAllBytes(clip.location()));
        }
        return bytes;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private List<String> streamTypes(Path media) {
        return probe(media, List.of("-show_entries", "stream=codec_type", "-of", "csv=p=0")).lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private Map<String, String> videoStream(Path media) {
        return probe(media, List.of("-select_streams", "v", "-show_entries", "stream=codec_name,width,height,pix_fmt",
                "-of", "default=nw=1")).lines()
                .filter(l -> l.contains("="))
                .map(l -> l.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1].strip()));
    }

    private String audioCodec(Path media) {
        return probe(media, List.of("-select_streams", "a", "-show_entries", "stream=codec_name", "-of", "csv=p=0"))
                .strip();
    }

    private String probe(Path media, List<String> args) {
        var command = new java.util.ArrayList<String>(List.of("ffprobe", "-v", "error"));
        command.addAll(args);
        command.add(media.toString());
        return probeRunner.run("test-probe", null, command, null).stdout();
    }
}
