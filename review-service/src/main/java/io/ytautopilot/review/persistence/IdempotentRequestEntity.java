package io.ytautopilot.review.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "idempotent_request")
public class IdempotentRequestEntity {
  /** Caller and Idempotency-Key: two callers may pick the same key without meeting. */
  @Id
  @Column(name = "scope_key")
  public String scopeKey;

  @Column(nullable = false)
  public String fingerprint;

  @Column(nullable = false)
  public int status;

  @Column(nullable = false)
  public String body;

  @Column(name = "entity_tag")
  public String entityTag;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
