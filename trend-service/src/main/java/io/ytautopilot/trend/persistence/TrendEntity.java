package io.ytautopilot.trend.persistence;

import io.ytautopilot.trend.domain.Score;
import io.ytautopilot.trend.domain.Trend;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

@Entity
@Table(name = "trend")
public class TrendEntity {
  /** Source names are plain words (see the workspace API), so a comma separates them safely. */
  static final String SOURCE_SEPARATOR = ",";

  @Id public UUID id;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Column(nullable = false)
  public String title;

  @Column(name = "normalized_title", nullable = false)
  public String normalizedTitle;

  /** The first source that reported the story. */
  @Column(nullable = false)
  public String source;

  /** Every source that reported it, the first one first. */
  @Column(nullable = false)
  public String sources;

  public String url;

  public String summary;

  @Column(nullable = false)
  public double score;

  @Column(nullable = false)
  public double recency;

  @Column(nullable = false)
  public double velocity;

  @Column(name = "niche_fit", nullable = false)
  public double nicheFit;

  @Column(name = "published_at", nullable = false)
  public Instant publishedAt;

  @Column(name = "first_seen_at", nullable = false)
  public Instant firstSeenAt;

  Trend toDomain() {
    return new Trend(id, workspaceId, title, Arrays.asList(sources.split(SOURCE_SEPARATOR)), url, summary,
        new Score(recency, velocity, nicheFit, score), publishedAt, firstSeenAt);
  }
}
