package io.ytautopilot.editorial.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One revision of a video's package; rows are only ever added. */
@Entity
@Table(name = "script_revision")
@IdClass(ScriptRevisionEntity.Key.class)
public class ScriptRevisionEntity {
  @Id
  @Column(name = "video_id")
  public UUID videoId;

  @Id
  public int revision;

  @Column(name = "answers_notes")
  public String answersNotes;

  @Column(name = "change_note")
  public String changeNote;

  /** JSON of the whole video package. */
  @Column(name = "package", nullable = false)
  public String packageJson;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** JSON array of the compliance findings. */
  @Column(nullable = false)
  public String findings;

  /** JSON array of the model calls that wrote this revision. */
  @Column(name = "model_calls", nullable = false)
  public String modelCalls;

  public record Key(UUID videoId, int revision) implements Serializable {}
}
