package io.ytautopilot.editorial.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.domain.VideoPackage;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Moves a draft between its table rows (the video, and each revision with its package as JSON) and
 * the domain model.
 */
@ApplicationScoped
class ScriptDraftMapper {
  private final ObjectMapper json;

  ScriptDraftMapper(ObjectMapper json) {
    this.json = json;
  }

  /** The video row, written with its first revision. */
  ScriptDraftEntity videoRow(ScriptDraft first) {
    var row = new ScriptDraftEntity();
    row.videoId = first.videoId();
    row.workspaceId = first.workspaceId();
    row.trendId = first.trendId();
    row.topic = first.videoPackage().topic();
    row.createdAt = first.createdAt();
    return row;
  }

  ScriptRevisionEntity revisionRow(ScriptDraft draft) {
    var row = new ScriptRevisionEntity();
    row.videoId = draft.videoId();
    row.revision = draft.revision();
    row.answersNotes = draft.answersNotes();
    row.changeNote = draft.changeNote();
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

  ScriptDraft toDomain(ScriptDraftEntity video, ScriptRevisionEntity revision) {
    return new ScriptDraft(video.videoId, video.workspaceId, video.trendId, revision.revision, revision.answersNotes,
        revision.changeNote, revision.createdAt, read(revision.packageJson));
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
