package io.ytautopilot.editorial.api;

import io.ytautopilot.editorial.domain.ScriptDraft;
import java.time.Instant;
import java.util.UUID;

/** One line of a workspace's script list: the video at its latest revision. */
public record ScriptSummary(UUID videoId, UUID trendId, String topic, int revision, String title, Instant createdAt) {
  static ScriptSummary of(ScriptDraft draft) {
    return new ScriptSummary(draft.videoId(), draft.trendId(), draft.videoPackage().topic(), draft.revision(),
        draft.videoPackage().title(), draft.createdAt());
  }
}
