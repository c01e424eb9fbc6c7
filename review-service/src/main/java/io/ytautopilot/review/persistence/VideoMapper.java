package io.ytautopilot.review.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.review.domain.Approval;
import io.ytautopilot.review.domain.Assets;
import io.ytautopilot.review.domain.Cost;
import io.ytautopilot.review.domain.HistoryEntry;
import io.ytautopilot.review.domain.Identity;
import io.ytautopilot.review.domain.Progress;
import io.ytautopilot.review.domain.PublishOptions;
import io.ytautopilot.review.domain.ReviewPolicy;
import io.ytautopilot.review.domain.Script;
import io.ytautopilot.review.domain.Signed;
import io.ytautopilot.review.domain.Video;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Moves a video between its table row (scalar columns plus JSON documents) and the domain model. */
@ApplicationScoped
class VideoMapper {
  private static final TypeReference<List<Integer>> SCENE_INDEXES = new TypeReference<>() {};
  private static final TypeReference<List<String>> WORDS = new TypeReference<>() {};
  private static final TypeReference<List<Cost.Line>> COST_LINES = new TypeReference<>() {};
  private final ObjectMapper json;

  VideoMapper(ObjectMapper json) {
    this.json = json;
  }

  Video toDomain(VideoEntity row) {
    return Video.restore(new Video.Snapshot(row.id, row.workspaceId, row.version, row.state,
        read(row.script, Script.class),
        row.assets == null ? null : read(row.assets, Assets.class),
        row.scriptApprovedBy == null ? null
            : new Approval(row.scriptApprovedBy, new Identity(row.scriptApproverIssuer, row.scriptApproverSubject),
                row.scriptApprovedAt, row.scriptApprovalComment),
        row.approvedRevision,
        row.videoApprovedBy == null ? null
            : new Approval(row.videoApprovedBy, new Identity(row.videoApproverIssuer, row.videoApproverSubject),
                row.videoApprovedAt, row.videoApprovalComment),
        row.generation, row.publishAttempt, row.publishAt,
        row.publishOptions == null ? null : read(row.publishOptions, PublishOptions.class),
        read(row.scenesToRegenerate, SCENE_INDEXES), row.lastFailure, row.publishedLocation, row.spent,
        signed(row.publicationStatementKeyId, row.publicationStatement, row.publicationStatementSignature),
        signed(row.retryAuthorisationKeyId, row.retryAuthorisation, row.retryAuthorisationSignature)));
  }

  private static Signed signed(String keyId, byte[] payload, byte[] signature) {
    return keyId == null ? null : new Signed(keyId, payload, signature);
  }

  ReviewPolicy toDomain(WorkspacePolicyEntity row) {
    return new ReviewPolicy(row.allowSelfReview, read(row.bannedWords, WORDS), read(row.bannedTopics, WORDS));
  }

  void copyPolicy(ReviewPolicy policy, WorkspacePolicyEntity row) {
    row.allowSelfReview = policy.allowSelfReview();
    row.bannedWords = write(policy.bannedWords());
    row.bannedTopics = write(policy.bannedTopics());
  }

  VideoEntity newRow(Video video, Instant now) {
    var row = new VideoEntity();
    row.id = video.id();
    row.workspaceId = video.workspaceId();
    row.createdAt = now;
    copyChanges(video, row, now);
    return row;
  }

  /** Copies what transitions may change; the version is left to Hibernate. */
  void copyChanges(Video video, VideoEntity row, Instant now) {
    var stored = video.snapshot();
    row.state = stored.state();
    row.title = stored.script().title();
    row.script = write(stored.script());
    row.assets = stored.assets() == null ? null : write(stored.assets());
    if (stored.scriptApproval() != null) {
      row.scriptApprovedBy = stored.scriptApproval().reviewer();
      row.scriptApprovedAt = stored.scriptApproval().at();
      row.scriptApprovalComment = stored.scriptApproval().comment();
      row.scriptApproverIssuer = stored.scriptApproval().identity().issuer();
      row.scriptApproverSubject = stored.scriptApproval().identity().subject();
    }
    if (stored.videoApproval() != null) {
      row.videoApprovedBy = stored.videoApproval().reviewer();
      row.videoApprovedAt = stored.videoApproval().at();
      row.videoApprovalComment = stored.videoApproval().comment();
      row.videoApproverIssuer = stored.videoApproval().identity().issuer();
      row.videoApproverSubject = stored.videoApproval().identity().subject();
    }
    row.approvedRevision = stored.approvedRevision();
    row.generation = stored.generation();
    row.publishAttempt = stored.publishAttempt();
    row.publishAt = stored.publishAt();
    row.publishOptions = stored.publishOptions() == null ? null : write(stored.publishOptions());
    row.scenesToRegenerate = write(stored.scenesToRegenerate());
    row.lastFailure = stored.lastFailure();
    row.publishedLocation = stored.publishedLocation();
    row.spent = stored.spent();
    var statement = stored.publicationStatement();
    row.publicationStatementKeyId = statement == null ? null : statement.keyId();
    row.publicationStatement = statement == null ? null : statement.payload();
    row.publicationStatementSignature = statement == null ? null : statement.signature();
    var retry = stored.retryAuthorisation();
    row.retryAuthorisationKeyId = retry == null ? null : retry.keyId();
    row.retryAuthorisation = retry == null ? null : retry.payload();
    row.retryAuthorisationSignature = retry == null ? null : retry.signature();
    row.updatedAt = now;
  }

  CostEstimateEntity estimateRow(java.util.UUID videoId, Cost estimate, Instant receivedAt) {
    var row = new CostEstimateEntity();
    row.id = new CostEstimateEntity.Key(videoId, estimate.revision());
    row.total = estimate.total();
    row.lines = write(estimate.lines());
    row.receivedAt = receivedAt;
    return row;
  }

  Cost toDomain(CostEstimateEntity row) {
    return new Cost(row.id.revision(), row.total, read(row.lines, COST_LINES));
  }

  ProgressEntity progressRow(java.util.UUID videoId, Progress progress) {
    var row = new ProgressEntity();
    row.videoId = videoId;
    row.generation = progress.generation();
    row.stage = progress.stage();
    row.scenesDone = progress.scenesDone();
    row.scenesFailed = progress.scenesFailed();
    row.scenesTotal = progress.scenesTotal();
    row.percent = progress.percent();
    row.etaSeconds = progress.etaSeconds();
    row.message = progress.message();
    row.reportedAt = progress.at();
    return row;
  }

  Progress toDomain(ProgressEntity row) {
    return new Progress(row.generation, row.stage, row.scenesDone, row.scenesFailed, row.scenesTotal, row.percent,
        row.etaSeconds, row.message, row.reportedAt);
  }

  ScriptRevisionEntity revisionRow(Video video, Instant recordedAt) {
    var row = new ScriptRevisionEntity();
    row.id = new ScriptRevisionEntity.Key(video.id(), video.script().revision());
    row.script = write(video.script());
    row.recordedAt = recordedAt;
    return row;
  }

  ScriptRevision toDomain(ScriptRevisionEntity row) {
    return new ScriptRevision(read(row.script, Script.class), row.recordedAt);
  }

  HistoryEntity historyRow(Video video, HistoryEntry entry) {
    var row = new HistoryEntity();
    row.videoId = video.id();
    row.fromState = entry.from();
    row.toState = entry.to();
    row.command = entry.trigger();
    row.actor = entry.actor();
    row.comment = entry.comment();
    row.occurredAt = entry.at();
    row.eventId = entry.eventId();
    return row;
  }

  HistoryEntry toDomain(HistoryEntity row) {
    return new HistoryEntry(row.fromState, row.toState, row.command, row.actor, row.occurredAt, row.comment,
        row.eventId);
  }

  private String write(Object document) {
    try {
      return json.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store " + document.getClass().getSimpleName(), e);
    }
  }

  private <T> T read(String document, Class<T> type) {
    try {
      return json.readValue(document, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }

  private <T> T read(String document, TypeReference<T> type) {
    try {
      return json.readValue(document, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getType() + " is unreadable", e);
    }
  }
}
