package io.ytautopilot.editorial.adapters.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.editorial.domain.TrendCandidate;
import io.ytautopilot.editorial.domain.VideoPackage;
import io.ytautopilot.editorial.domain.WorkspaceMemory;
import io.ytautopilot.editorial.domain.WorkspaceProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What the prompt placeholders stand for: the workspace, the candidates, the memory, the package. */
@ApplicationScoped
class PromptValues {
  /** The memory lines a selection prompt shows: the most recent ones matter. */
  static final int MEMORY_LINES = 30;

  private final ObjectMapper json;

  PromptValues(ObjectMapper json) {
    this.json = json;
  }

  Map<String, String> selection(WorkspaceProfile workspace, List<TrendCandidate> candidates,
      WorkspaceMemory memory) {
    Map<String, String> values = workspaceValues(workspace);
    values.put("candidates", IntStream.range(0, candidates.size())
        .mapToObj(i -> (i + 1) + ". " + describe(candidates.get(i)))
        .collect(Collectors.joining("\n")));
    values.put("memory", memory.entries().isEmpty() ? "(no videos yet)" : memory.entries().stream()
        .limit(MEMORY_LINES)
        .map(entry -> "- " + entry.usedAt().toString().substring(0, 10) + " \"" + entry.title() + "\""
            + (entry.rejected() ? " REJECTED at Gate 1: " + entry.rejectionReason() : "")
            + (entry.views() > 0 ? " (" + entry.views() + " views)" : ""))
        .collect(Collectors.joining("\n")));
    return values;
  }

  Map<String, String> writing(WorkspaceProfile workspace, TrendCandidate trend) {
    Map<String, String> values = workspaceValues(workspace);
    values.put("topic", trend.title());
    values.put("summary", trend.summary() == null ? "(none)" : trend.summary());
    values.put("sources", String.join(", ", trend.sources().isEmpty() ? List.of(trend.source()) : trend.sources()));
    return values;
  }

  Map<String, String> revision(WorkspaceProfile workspace, VideoPackage previous, int revision, String notes) {
    Map<String, String> values = workspaceValues(workspace);
    values.put("topic", previous.topic());
    values.put("revision", Integer.toString(revision));
    values.put("notes", notes.strip());
    try {
      values.put("previous", json.writeValueAsString(previous));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot show the previous package to the model", e);
    }
    return values;
  }

  private static Map<String, String> workspaceValues(WorkspaceProfile workspace) {
    Map<String, String> values = new HashMap<>();
    values.put("channel", workspace.name());
    values.put("niche", workspace.niche());
    values.put("nicheKeywords", String.join(", ", workspace.nicheKeywords()));
    values.put("language", workspace.language());
    values.put("audience", workspace.audience());
    values.put("tone", workspace.brand().tone());
    values.put("voice", workspace.brand().voice());
    values.put("visualStyle", workspace.brand().visualStyle());
    values.put("bannedTopics", listOrNone(workspace.brand().bannedTopics()));
    values.put("bannedWords", listOrNone(workspace.brand().bannedWords()));
    values.put("targetFormat", workspace.targetFormat());
    values.put("aspectRatio", "LONG".equals(workspace.targetFormat()) ? "16:9" : "9:16");
    values.put("targetLengthSeconds", Integer.toString(workspace.targetLengthSeconds()));
    values.put("repeatWindowDays", Integer.toString(workspace.topicRepeatWindowDays()));
    values.put("maxTitleLength", Integer.toString(VideoPackage.MAX_TITLE_LENGTH));
    values.put("minTags", Integer.toString(VideoPackage.MIN_TAGS));
    values.put("maxTags", Integer.toString(VideoPackage.MAX_TAGS));
    values.put("minScenes", Integer.toString(VideoPackage.MIN_SCENES));
    values.put("minSceneSeconds", Integer.toString(VideoPackage.Scene.MIN_SECONDS));
    values.put("maxSceneSeconds", Integer.toString(VideoPackage.Scene.MAX_SECONDS));
    return values;
  }

  private static String describe(TrendCandidate candidate) {
    String line = String.format(Locale.ROOT, "\"%s\" (score %.1f, niche fit %.2f, sources: %s)", candidate.title(),
        candidate.score(), candidate.nicheFit(),
        String.join(", ", candidate.sources().isEmpty() ? List.of(candidate.source()) : candidate.sources()));
    return candidate.summary() == null ? line : line + ": " + candidate.summary();
  }

  private static String listOrNone(List<String> items) {
    return items.isEmpty() ? "(none)" : String.join(", ", items);
  }
}
