package io.ytautopilot.trend.persistence;

import io.ytautopilot.trend.domain.Trend;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "trend")
public class TrendEntity {
  @Id public UUID id;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Column(nullable = false)
  public String title;

  @Column(name = "normalized_title", nullable = false)
  public String normalizedTitle;

  @Column(nullable = false)
  public String source;

  public String url;

  @Column(nullable = false)
  public double score;

  @Column(name = "published_at", nullable = false)
  public Instant publishedAt;

  @Column(name = "first_seen_at", nullable = false)
  public Instant firstSeenAt;

  Trend toDomain() {
    return new Trend(id, workspaceId, title, source, url, score, publishedAt, firstSeenAt);
  }
}
