package io.ytautopilot.review.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ytautopilot.review.domain.Approval;
import io.ytautopilot.review.domain.Assets;
import io.ytautopilot.review.domain.HistoryEntry;
import io.ytautopilot.review.domain.Script;
import io.ytautopilot.review.domain.Video;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Moves a video between its table row (scalar columns plus JSON documents) and the domain model. */
@ApplicationScoped
class VideoMapper {
  private final ObjectMapper json;

  VideoMapper(ObjectMapper json) {
    this.json = json;
  }

  Video toDomain(VideoEntity row) {
    return Video.restore(row.id, row.workspaceId, row.version, row.state,
        read(row.script, Script.class),
        row.assets == null ? null : read(row.assets, Assets.class),
        row.scriptApprovedBy == null ? null
            : new Approval(row.scriptApprovedBy, row.scriptApprovedAt, row.scriptApprovalComment),
        row.videoApprovedBy == null ? null
            : new Approval(row.videoApprovedBy, row.videoApprovedAt, row.videoApprovalComment),
        row.publishedLocation);
  }

  VideoEntity newRow(Video video, Instant now) {
    var row = new VideoEntity();
    row.id = video.id();
    row.workspaceId = video.workspaceId();
    row.title = video.script().title();
    row.script = write(video.script());
    row.createdAt = now;
    copyChanges(video, row, now);
    return row;
  }

  /** Copies what transitions may change; the version is left to Hibernate. */
  void copyChanges(Video video, VideoEntity row, Instant now) {
    row.state = video.state();
    row.assets = video.assets().map(this::write).orElse(null);
    video.scriptApproval().ifPresent(approval -> {
      row.scriptApprovedBy = approval.reviewer();
      row.scriptApprovedAt = approval.at();
      row.scriptApprovalComment = approval.comment();
    });
    video.videoApproval().ifPresent(approval -> {
      row.videoApprovedBy = approval.reviewer();
      row.videoApprovedAt = approval.at();
      row.videoApprovalComment = approval.comment();
    });
    row.publishedLocation = video.publishedLocation().orElse(null);
    row.updatedAt = now;
  }

  HistoryEntity historyRow(Video video, HistoryEntry entry) {
    var row = new HistoryEntity();
    row.videoId = video.id();
    row.fromState = entry.from();
    row.toState = entry.to();
    row.command = entry.command();
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
}
