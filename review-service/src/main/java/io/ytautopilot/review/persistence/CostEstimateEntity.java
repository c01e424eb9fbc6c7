package io.ytautopilot.review.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "cost_estimate")
public class CostEstimateEntity {

  @Embeddable
  public record Key(@Column(name = "video_id") UUID videoId, @Column(name = "revision") int revision)
      implements Serializable {}

  @EmbeddedId public Key id;

  @Column(nullable = false)
  public double total;

  /** JSON array of the estimate's lines. */
  @Column(nullable = false)
  public String lines;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;
}
