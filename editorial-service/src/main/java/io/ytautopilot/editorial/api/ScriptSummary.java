package io.ytautopilot.editorial.api;

import io.ytautopilot.editorial.domain.ScriptDraft;
import java.time.Instant;
import java.util.UUID;

/** One line of a workspace's script list. */
public record ScriptSummary(UUID videoId, UUID trendId, String topic, String title, Instant createdAt) {
  static ScriptSummary of(ScriptDraft draft) {
    return new ScriptSummary(draft.videoId(), draft.trendId(), draft.videoPackage().topic(),
        draft.videoPackage().title(), draft.createdAt());
  }
}
