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

/** What rendering one scene cost, recorded with the scene's checkpoint. */
@Entity
@Table(name = "production_scene_cost")
public class SceneCostEntity {

  @Embeddable
  public record Key(@Column(name = "video_id") UUID videoId, @Column(name = "generation") int generation,
      @Column(name = "scene_index") int sceneIndex) implements Serializable {}

  @EmbeddedId
  public Key id;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "production_scene_cost_line",
      joinColumns = {@JoinColumn(name = "video_id", referencedColumnName = "video_id"),
          @JoinColumn(name = "generation", referencedColumnName = "generation"),
          @JoinColumn(name = "scene_index", referencedColumnName = "scene_index")})
  @OrderColumn(name = "line_number")
  public List<CostLineColumns> lines = new ArrayList<>();

  static SceneCostEntity of(UUID videoId, int generation, int sceneIndex, List<Cost.Line> lines, Instant at) {
    var row = new SceneCostEntity();
    row.id = new Key(videoId, generation, sceneIndex);
    row.recordedAt = at;
    lines.forEach(line -> row.lines.add(CostLineColumns.of(line)));
    return row;
  }

  List<Cost.Line> toDomain() {
    return lines.stream().map(CostLineColumns::toDomain).toList();
  }
}
