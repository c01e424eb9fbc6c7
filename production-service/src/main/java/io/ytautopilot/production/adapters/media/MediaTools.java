package io.ytautopilot.production.adapters.media;

import io.ytautopilot.production.domain.RenderingFailed;

import java.awt.AWTError;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The external binaries the renderer needs: {@code ffmpeg}, {@code ffprobe} and {@code espeak-ng}.
 * Each is a name looked up on the {@code PATH} or an absolute path.
 *
 * <p>Call {@link #verifyInstalled()} at startup so a missing tool is a clear startup error.
 */
public final class MediaTools {

    public static final String DEFAULT_FFMPEG = "ffmpeg";
    public static final String DEFAULT_FFPROBE = "ffprobe";
    public static final String DEFAULT_ESPEAK_NG = "espeak-ng";
    static final String INSTALL_HINT = "apt-get install -y ffmpeg espeak-ng";
    static final String FONTS_HINT = "apt-get install -y fontconfig fonts-dejavu-core";
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(20);

    private final String ffmpeg;
    private final String ffprobe;
    private final String espeakNg;

    /** The tools as found on the {@code PATH}. */
    public MediaTools() {
        this(DEFAULT_FFMPEG, DEFAULT_FFPROBE, DEFAULT_ESPEAK_NG);
    }

    /** Each argument is a binary name on the {@code PATH} or a path to the binary. */
    public MediaTools(String ffmpeg, String ffprobe, String espeakNg) {
        this.ffmpeg = requireText(ffmpeg, "ffmpeg");
        this.ffprobe = requireText(ffprobe, "ffprobe");
        this.espeakNg = requireText(espeakNg, "espeak-ng");
    }

    public String ffmpeg() {
        return ffmpeg;
    }

    public String ffprobe() {
        return ffprobe;
    }

    public String espeakNg() {
        return espeakNg;
    }

    /**
     * Runs every tool with its version flag and checks that Java2D can draw text.
     *
     * @return the first version line of each tool, keyed by the configured binary (handy for a startup log)
     * @throws IllegalStateException naming every missing or broken tool and how to install it
     */
    public Map<String, String> verifyInstalled() {
        ProcessRunner runner = new ProcessRunner(VERSION_TIMEOUT, 16 * 1024);
        Map<String, String> versions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        check(runner, ffmpeg, "-version", versions, problems);
        check(runner, ffprobe, "-version", versions, problems);
        check(runner, espeakNg, "--version", versions, problems);
        List<String> fixes = new ArrayList<>();
        if (!problems.isEmpty()) {
            fixes.add(INSTALL_HINT + " (or configure the paths to the binaries)");
        }
        String fontProblem = checkFonts();
        if (fontProblem != null) {
            problems.add(fontProblem);
            fixes.add(FONTS_HINT);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Media tools missing or not working: " + String.join("; ", problems)
                    + ". Fix: " + String.join(" and ", fixes));
        }
        return versions;
    }

    private static void check(ProcessRunner runner, String binary, String versionFlag,
                              Map<String, String> versions, List<String> problems) {
        try {
            ProcessRunner.Result result = runner.run("verify-tools", null, List.of(binary, versionFlag), null);
            String output = result.stdout().isBlank() ? result.stderr() : result.stdout();
            versions.put(binary, output.strip().lines().findFirst().orElse("(no version output)"));
        } catch (RenderingFailed e) {
            String detail = e.detail().lines().findFirst().orElse("failed");
            problems.add(e.getCause() instanceof IOException
                    ? "'" + binary + "' not found (" + detail + ")"
                    : "'" + binary + " " + versionFlag + "' did not work (" + detail + ")");
        }
    }

    /** Java2D needs fontconfig and at least one font to draw text, even headless. */
    private static String checkFonts() {
        CardPainter.ensureHeadless();
        try {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
                g.drawString("ok", 0, 8);
                g.getFontMetrics().stringWidth("ok");
            } finally {
                g.dispose();
            }
            return null;
        } catch (RuntimeException | LinkageError | InternalError | AWTError e) {
            return "Java2D cannot draw text (" + e + ")";
        }
    }

    private static String requireText(String value, String tool) {
        Objects.requireNonNull(value, tool + " binary");
        if (value.isBlank()) {
            throw new IllegalArgumentException(tool + " binary must not be blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return "MediaTools[ffmpeg=" + ffmpeg + ", ffprobe=" + ffprobe + ", espeak-ng=" + espeakNg + "]";
    }
}
