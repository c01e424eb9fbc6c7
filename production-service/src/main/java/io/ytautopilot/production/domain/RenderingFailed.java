package io.ytautopilot.production.domain;

import java.util.OptionalInt;

/**
 * A rendering step failed. The message names the step, the scene (when the step belongs to one) and
 * the detail, typically the failing tool's exit code and the last lines it wrote to stderr.
 */
public class RenderingFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String step;
    private final Integer sceneIndex;
    private final String detail;

    /**
     * @param step       the step that failed, e.g. {@code "scene-clip"}
     * @param sceneIndex the scene the step was working on, or {@code null} for whole-video steps
     * @param detail     what went wrong
     */
    public RenderingFailed(String step, Integer sceneIndex, String detail) {
        this(step, sceneIndex, detail, null);
    }

    public RenderingFailed(String step, Integer sceneIndex, String detail, Throwable cause) {
        super(message(step, sceneIndex, detail), cause);
        this.step = step;
        this.sceneIndex = sceneIndex;
        this.detail = detail;
    }

    public String step() {
        return step;
    }

    public OptionalInt sceneIndex() {
        return sceneIndex == null ? OptionalInt.empty() : OptionalInt.of(sceneIndex);
    }

    /** What went wrong, without the step/scene prefix. */
    public String detail() {
        return detail;
    }

    private static String message(String step, Integer sceneIndex, String detail) {
        return "Rendering step '" + step + "' failed"
                + (sceneIndex == null ? "" : " for scene " + sceneIndex)
                + ": " + detail;
    }
}
