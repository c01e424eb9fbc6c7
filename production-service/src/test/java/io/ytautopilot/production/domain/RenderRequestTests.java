package io.ytautopilot.production.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderRequestTests {

    private static SceneScript scene(int index) {
        return new SceneScript(index, "Narration " + index, "Text " + index, "prompt " + index, 4);
    }

    @Test
    void acceptsAValidRequestAndCopiesTheScenes() {
        List<SceneScript> scenes = new ArrayList<>(List.of(scene(1), scene(2)));
        RenderRequest request = new RenderRequest("vid-1", "Title", scenes);
        scenes.add(scene(3));

        assertThat(request.scenes()).hasSize(2);
        assertThatThrownBy(() -> request.scenes().add(scene(4))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesARequestWithoutScenes() {
        assertThatThrownBy(() -> new RenderRequest("vid-1", "Title", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vid-1")
                .hasMessageContaining("at least one scene");
        assertThatThrownBy(() -> new RenderRequest("vid-1", "Title", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one scene");
    }

    @Test
    void refusesDuplicateSceneIndexes() {
        assertThatThrownBy(() -> new RenderRequest("vid-1", "Title", List.of(scene(1), scene(2), scene(2), scene(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scene indexes must be unique")
                .hasMessageContaining("duplicated: [1, 2]");
    }

    @Test
    void refusesBlankIdOrTitle() {
        assertThatThrownBy(() -> new RenderRequest(" ", "Title", List.of(scene(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("videoId must not be blank");
        assertThatThrownBy(() -> new RenderRequest("vid-1", "", List.of(scene(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title must not be blank");
    }

    @Test
    void refusesAVideoIdThatIsNotASafeFileName() {
        assertThatThrownBy(() -> new RenderRequest("../escape", "Title", List.of(scene(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../escape'")
                .hasMessageContaining("file name");
        assertThatThrownBy(() -> new RenderRequest("-y", "Title", List.of(scene(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesScenesWithoutNarrationNegativeIndexesOrNulls() {
        List<SceneScript> scenes = new ArrayList<>();
        scenes.add(new SceneScript(1, "  ", "text", null, 4));
        scenes.add(new SceneScript(-1, "hello", "text", null, 4));
        scenes.add(null);
        assertThatThrownBy(() -> new RenderRequest("vid-1", "Title", scenes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scene 1 has no narration")
                .hasMessageContaining("scene index -1 is negative")
                .hasMessageContaining("position 2 is null");
    }

    @Test
    void sceneTextsDefaultToEmpty() {
        SceneScript scene = new SceneScript(0, "hi", null, null, 4);
        assertThat(scene.onScreenText()).isEmpty();
        assertThat(scene.visualPrompt()).isEmpty();
    }

    @Test
    void renderingFailedNamesStepAndScene() {
        RenderingFailed failed = new RenderingFailed("scene-clip", 3, "'ffmpeg' exited with code 1");
        assertThat(failed).hasMessage("Rendering step 'scene-clip' failed for scene 3: 'ffmpeg' exited with code 1");
        assertThat(failed.step()).isEqualTo("scene-clip");
        assertThat(failed.sceneIndex()).hasValue(3);
        assertThat(failed.detail()).isEqualTo("'ffmpeg' exited with code 1");
        assertThat(new RenderingFailed("concatenate", null, "boom"))
                .hasMessage("Rendering step 'concatenate' failed: boom");
    }
}
