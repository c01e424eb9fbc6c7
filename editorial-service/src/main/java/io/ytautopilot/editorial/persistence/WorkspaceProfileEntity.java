package io.ytautopilot.editorial.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest WorkspaceConfigured of a workspace, as a profile. */
@Entity
@Table(name = "workspace_profile")
public class WorkspaceProfileEntity {
  @Id
  @Column(name = "workspace_id")
  public String workspaceId;

  @Column(nullable = false)
  public int version;

  /** JSON of the whole profile. */
  @Column(nullable = false)
  public String profile;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
