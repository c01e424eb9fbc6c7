package io.ytautopilot.trend.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "workspace")
public class WorkspaceEntity {
  @Id public String id;

  @Column(nullable = false)
  public int version;

  /** The WorkspaceDefinition as JSON (see StoredJson). */
  @Column(nullable = false)
  public String definition;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
