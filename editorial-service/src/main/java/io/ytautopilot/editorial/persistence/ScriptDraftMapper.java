package io.ytautopilot.editorial.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.domain.VideoPackage;
import jakarta.enterprise.context.ApplicationScoped;

/** Moves a draft between its table rows (scalar columns plus the package as JSON) and the domain model. */
@ApplicationScoped
class ScriptDraftMapper {
  private final ObjectMapper json;

  ScriptDraftMapper(ObjectMapper json) {
    this.json = json;
  }

  ScriptDraftEntity newRow(ScriptDraft draft) {
    var row = new ScriptDraftEntity();
    row.videoId = draft.videoId();
    row.workspaceId = draft.workspaceId();
    row.trendId = draft.trendId();
    row.topic = draft.videoPackage().topic();
    row.title = draft.videoPackage().title();
    row.packageJson = write(draft.videoPackage());
    row.createdAt = draft.createdAt();
    return row;
  }

  UsedTopicEntity usedTopic(ScriptDraft draft, String topicKey) {
    var row = new UsedTopicEntity();
    row.workspaceId = draft.workspaceId();
    row.normalizedTopic = topicKey;
    row.videoId = draft.videoId();
    row.usedAt = draft.createdAt();
    return row;
  }

  ScriptDraft toDomain(ScriptDraftEntity row) {
    return new ScriptDraft(row.videoId, row.workspaceId, row.trendId, row.createdAt, read(row.packageJson));
  }

  private String write(VideoPackage videoPackage) {
    try {
      return json.writeValueAsString(videoPackage);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store the package of '" + videoPackage.topic() + "'", e);
    }
  }

  private VideoPackage read(String document) {
    try {
      return json.readValue(document, VideoPackage.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored video package is unreadable", e);
    }
  }
}
