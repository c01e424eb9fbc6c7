package io.ytautopilot.production.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything needed to render one video.
 *
 * <p>The {@code videoId} is used as the output file name ({@code <videoId>.mp4}), so it is restricted to
 * letters, digits, {@code .}, {@code _} and {@code -}, and must start with a letter or digit.
 * Scenes are rendered in ascending {@link SceneScript#index()} order.
 */
public record RenderRequest(String videoId, String title, List<SceneScript> scenes) {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    public RenderRequest {
        if (videoId == null || videoId.isBlank()) {
            throw new IllegalArgumentException("RenderRequest videoId must not be blank");
        }
        if (!SAFE_ID.matcher(videoId).matches()) {
            throw new IllegalArgumentException("RenderRequest videoId '" + videoId
                    + "' must be 1-128 characters of [A-Za-z0-9._-] starting with a letter or digit"
                    + " (it is used as a file name)");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("RenderRequest for video '" + videoId + "': title must not be blank");
        }
        if (scenes == null || scenes.isEmpty()) {
            throw new IllegalArgumentException("RenderRequest for video '" + videoId + "' needs at least one scene");
        }
        Set<Integer> seen = new HashSet<>();
        Set<Integer> duplicates = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            SceneScript scene = scenes.get(i);
            if (scene == null) {
                problems.add("scene at position " + i + " is null");
                continue;
            }
            if (scene.index() < 0) {
                problems.add("scene index " + scene.index() + " is negative");
            }
            if (!seen.add(scene.index())) {
                duplicates.add(scene.index());
            }
            if (scene.narration() == null || scene.narration().isBlank()) {
                problems.add("scene " + scene.index() + " has no narration");
            }
        }
        if (!duplicates.isEmpty()) {
            problems.add(0, "scene indexes must be unique, duplicated: " + duplicates);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "RenderRequest for video '" + videoId + "' is invalid: " + String.join("; ", problems));
        }
        scenes = List.copyOf(scenes);
    }
}
