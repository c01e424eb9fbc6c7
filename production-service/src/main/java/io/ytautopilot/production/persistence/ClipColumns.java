package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.RenderedClip;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.file.Path;

/** One row of production_clip, keyed by its scene index: the rendered clip of that scene. */
@Embeddable
public class ClipColumns {
  @Column(nullable = false)
  public int generation;

  @Column(nullable = false)
  public String location;

  @Column(name = "duration_seconds", nullable = false)
  public double durationSeconds;

  @Column(name = "size_bytes", nullable = false)
  public long sizeBytes;

  static ClipColumns of(RenderedClip clip) {
    var columns = new ClipColumns();
    columns.generation = clip.generation();
    columns.location = clip.location().toString();
    columns.durationSeconds = clip.durationSeconds();
    columns.sizeBytes = clip.sizeBytes();
    return columns;
  }

  RenderedClip toDomain(int index) {
    return new RenderedClip(index, generation, Path.of(location), durationSeconds, sizeBytes);
  }
}
