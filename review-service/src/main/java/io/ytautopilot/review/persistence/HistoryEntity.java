package io.ytautopilot.review.persistence;

import io.ytautopilot.review.domain.VideoState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "video_history")
public class HistoryEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "video_id", nullable = false)
  public UUID videoId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  public VideoState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false)
  public VideoState toState;

  @Column(nullable = false)
  public String command;

  @Column(nullable = false)
  public String actor;

  public String comment;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @Column(name = "event_id")
  public String eventId;
}
