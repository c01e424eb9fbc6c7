package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.Cost;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The estimate of one drafted script revision; it may exist before the video has a job, or without one. */
@Entity
@Table(name = "production_cost_estimate")
public class CostEstimateEntity {

  @Embeddable
  public record Key(@Column(name = "video_id") UUID videoId, @Column(name = "revision") int revision)
      implements Serializable {}

  @EmbeddedId
  public Key id;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Column(name = "estimated_at", nullable = false)
  public Instant estimatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "production_cost_estimate_line",
      joinColumns = {@JoinColumn(name = "video_id", referencedColumnName = "video_id"),
          @JoinColumn(name = "revision", referencedColumnName = "revision")})
  @OrderColumn(name = "line_number")
  public List<CostLineColumns> lines = new ArrayList<>();

  static CostEstimateEntity of(UUID videoId, int revision, String workspaceId, Cost estimate, Instant at) {
    var row = new CostEstimateEntity();
    row.id = new Key(videoId, revision);
    row.workspaceId = workspaceId;
    row.estimatedAt = at;
    estimate.lines().forEach(line -> row.lines.add(CostLineColumns.of(line)));
    return row;
  }

  Cost toDomain() {
    return new Cost(lines.stream().map(CostLineColumns::toDomain).toList());
  }
}
