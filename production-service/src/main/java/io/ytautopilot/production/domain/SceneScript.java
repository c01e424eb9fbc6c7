package io.ytautopilot.production.domain;

/**
 * One scene of a video script: what is said, what is shown as text, a prompt describing the visual, and
 * how long the script plans it to last.
 *
 * <p>{@code onScreenText} and {@code visualPrompt} are optional ({@code null} becomes an empty string).
 * {@code plannedSeconds} prices the scene's clip, since a video provider bills the seconds it is asked
 * for; the local renderer times a scene by its narration instead. Validation of the whole script
 * (indexes, narration) is done by {@link RenderRequest}.
 */
public record SceneScript(int index, String narration, String onScreenText, String visualPrompt, int plannedSeconds) {

    public SceneScript {
        onScreenText = onScreenText == null ? "" : onScreenText;
        visualPrompt = visualPrompt == null ? "" : visualPrompt;
        if (plannedSeconds < 0) {
            throw new IllegalArgumentException(
                    "scene " + index + ": the planned duration must not be negative, was " + plannedSeconds + " s");
        }
    }

    /** What a voice-over provider bills: the narration's characters (Unicode code points). */
    public int narrationCharacters() {
        return narration == null ? 0 : narration.codePointCount(0, narration.length());
    }
}
