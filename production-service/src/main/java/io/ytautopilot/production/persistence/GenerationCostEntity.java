package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.Cost;
import io.ytautopilot.production.domain.GenerationCost;
import io.ytautopilot.production.domain.JobState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What one generation of a video actually cost, recorded with its outcome. */
@Entity
@Table(name = "production_generation_cost")
public class GenerationCostEntity {

  @Embeddable
  public record Key(@Column(name = "video_id") UUID videoId, @Column(name = "generation") int generation)
      implements Serializable {}

  @EmbeddedId
  public Key id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public JobState outcome;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "production_generation_cost_line",
      joinColumns = {@JoinColumn(name = "video_id", referencedColumnName = "video_id"),
          @JoinColumn(name = "generation", referencedColumnName = "generation")})
  @OrderColumn(name = "line_number")
  public List<CostLineColumns> lines = new ArrayList<>();

  static GenerationCostEntity of(UUID videoId, GenerationCost cost, Instant at) {
    var row = new GenerationCostEntity();
    row.id = new Key(videoId, cost.generation());
    row.outcome = cost.outcome();
    row.recordedAt = at;
    cost.cost().lines().forEach(line -> row.lines.add(CostLineColumns.of(line)));
    return row;
  }

  GenerationCost toDomain() {
    return new GenerationCost(id.generation(), outcome,
        new Cost(lines.stream().map(CostLineColumns::toDomain).toList()));
  }
}
