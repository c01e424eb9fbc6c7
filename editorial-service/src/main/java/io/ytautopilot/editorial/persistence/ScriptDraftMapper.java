package io.ytautopilot.editorial.persistence;

import io.ytautopilot.compliance.Phrases;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.compliance.ComplianceFinding;
import io.ytautopilot.editorial.domain.ModelCall;
import io.ytautopilot.editorial.domain.Phase;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.domain.TopicPicker;
import io.ytautopilot.editorial.domain.VideoPackage;
import io.ytautopilot.editorial.domain.WorkspaceMemory;
import io.ytautopilot.editorial.domain.WorkspaceProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves drafts, memory and profiles between their table rows (with JSON columns for what is only
 * ever read whole) and the domain model.
 */
@ApplicationScoped
class ScriptDraftMapper {
  private static final TypeReference<Map<Phase, String>> VARIANTS = new TypeReference<>() {};
  private static final TypeReference<List<ComplianceFinding>> FINDINGS = new TypeReference<>() {};
  private static final TypeReference<List<ModelCall>> CALLS = new TypeReference<>() {};

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
    row.targetFormat = first.brief().targetFormat();
    row.selectionReason = first.brief().selectionReason();
    row.promptVariants = write(first.brief().promptVariants());
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
    row.findings = write(draft.findings());
    row.modelCalls = write(draft.modelCalls());
    return row;
  }

  UsedTopicEntity usedTopic(ScriptDraft first) {
    var row = new UsedTopicEntity();
    row.videoId = first.videoId();
    row.workspaceId = first.workspaceId();
    row.topic = first.videoPackage().topic();
    row.normalizedTopic = Phrases.keyOf(row.topic);
    row.title = first.videoPackage().title();
    row.usedAt = first.createdAt();
    return row;
  }

  ScriptDraft toDomain(ScriptDraftEntity video, ScriptRevisionEntity revision) {
    var brief = new ScriptDraft.Brief(video.targetFormat, video.selectionReason, variants(video));
    return new ScriptDraft(video.videoId, video.workspaceId, video.trendId, revision.revision, revision.answersNotes,
        revision.changeNote, revision.createdAt, read(revision.packageJson, VideoPackage.class), brief,
        read(revision.findings, FINDINGS), read(revision.modelCalls, CALLS));
  }

  Map<Phase, String> variants(ScriptDraftEntity video) {
    return read(video.promptVariants, VARIANTS);
  }

  /** @param views the latest view count of each published video */
  WorkspaceMemory memory(List<UsedTopicEntity> rows, Map<UUID, Long> views) {
    return new WorkspaceMemory(rows.stream()
        .map(row -> new WorkspaceMemory.Entry(row.videoId, row.topic, row.title, row.usedAt, row.rejectedAt,
            row.rejectionReason, views.getOrDefault(row.videoId, 0L)))
        .toList());
  }

  WorkspaceProfileEntity profileRow(WorkspaceProfile profile, Instant now) {
    var row = new WorkspaceProfileEntity();
    row.workspaceId = profile.workspaceId();
    row.version = profile.version();
    row.profile = write(profile);
    row.updatedAt = now;
    return row;
  }

  WorkspaceProfile profile(WorkspaceProfileEntity row) {
    return row == null ? null : read(row.profile, WorkspaceProfile.class);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
    }
  }

  private <T> T read(String document, Class<T> type) {
    try {
      return json.readValue(document, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored " + type.getSimpleName() + " is unreadable", e);
    }
  }

  private <T> T read(String document, TypeReference<T> type) {
    try {
      return json.readValue(document, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored " + type.getType() + " is unreadable", e);
    }
  }
}
