package io.ytautopilot.review.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One revision of a video's script as it came to review; written once, never changed. */
@Entity
@Table(name = "script_revision")
public class ScriptRevisionEntity {

  @Embeddable
  public record Key(@Column(name = "video_id") UUID videoId, @Column(name = "revision") int revision)
      implements Serializable {}

  @EmbeddedId public Key id;

  /** JSON of the script, as in the video row. */
  @Column(nullable = false)
  public String script;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;
}
