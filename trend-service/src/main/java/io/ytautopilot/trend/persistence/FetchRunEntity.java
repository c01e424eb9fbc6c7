package io.ytautopilot.trend.persistence;

import io.ytautopilot.trend.domain.FetchRun;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "fetch_run")
public class FetchRunEntity {
  @Id public UUID id;

  @Column(name = "workspace_id", nullable = false)
  public String workspaceId;

  @Column(name = "fetched_at", nullable = false)
  public Instant fetchedAt;

  @Column(name = "trend_count", nullable = false)
  public int trendCount;

  static FetchRunEntity of(FetchRun run) {
    var row = new FetchRunEntity();
    row.id = run.id();
    row.workspaceId = run.workspaceId();
    row.fetchedAt = run.fetchedAt();
    row.trendCount = run.trendCount();
    return row;
  }
}
