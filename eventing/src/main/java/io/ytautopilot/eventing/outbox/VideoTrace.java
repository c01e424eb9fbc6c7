package io.ytautopilot.eventing.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The trace a video's events continue in this service (see {@link VideoTraces}); written once, never changed. */
@Entity
@Immutable
@Table(name = "video_trace")
public class VideoTrace {
  @Id
  @Column(name = "video_id")
  public String videoId;

  @Column(nullable = false)
  public String traceparent;
}
