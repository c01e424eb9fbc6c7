package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.RenderedClip;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.file.Path;

/** One row of production_clip: the rendered clip of one scene. */
@Embeddable
public class ClipColumns {
  @Column(name = "scene_index", nullable = false)
  public int sceneIndex;

  @Column(nullable = false)
  public String location;

  @Column(name = "duration_seconds", nullable = false)
  public double durationSeconds;

  @Column(name = "size_bytes", nullable = false)
  public long sizeBytes;

  static ClipColumns of(RenderedClip clip) {
    var columns = new ClipColumns();
    columns.sceneIndex = clip.index();
    columns.location = clip.location().toString();
    columns.durationSeconds = clip.durationSeconds();
    columns.sizeBytes = clip.sizeBytes();
    return columns;
  }

  RenderedClip toDomain() {
    return new RenderedClip(sceneIndex, Path.of(location), durationSeconds, sizeBytes);
  }
}
