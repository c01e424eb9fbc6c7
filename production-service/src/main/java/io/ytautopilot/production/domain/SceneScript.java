package io.ytautopilot.production.domain;

/**
 * One scene of a video script: what is said, what is shown as text, and a prompt describing the visual.
 *
 * <p>{@code onScreenText} and {@code visualPrompt} are optional ({@code null} becomes an empty string).
 * Validation of the whole script (indexes, narration) is done by {@link RenderRequest}.
 */
public record SceneScript(int index, String narration, String onScreenText, String visualPrompt) {

    public SceneScript {
        onScreenText = onScreenText == null ? "" : onScreenText;
        visualPrompt = visualPrompt == null ? "" : visualPrompt;
    }
}
