package io.ytautopilot.trend.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** What one source of a workspace delivered last. */
@Entity
@Table(name = "source_cache")
@IdClass(SourceCacheEntity.Key.class)
public class SourceCacheEntity {
  @Id
  @Column(name = "workspace_id")
  public String workspaceId;

  @Id
  @Column(name = "source_name")
  public String sourceName;

  /** The SourceSpec as JSON: items fetched for another target or options do not count. */
  @Column(nullable = false)
  public String spec;

  /** The TrendItems as JSON. */
  @Column(nullable = false)
  public String items;

  @Column(name = "fetched_at", nullable = false)
  public Instant fetchedAt;

  public record Key(String workspaceId, String sourceName) implements Serializable {
    public Key() {
      this(null, null);
    }
  }
}
