package io.ytautopilot.publish.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.ytautopilot.events.VideoApproved;
import io.ytautopilot.events.VideoCancelled;
import io.ytautopilot.publish.persistence.VideoPublishing;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Thin transport adapter: decode, delegate, and let a failure nack the record (dead-letter topic). */
@ApplicationScoped
public class PublishEventConsumers {
  private final VideoPublishing publishing;
  private final PublishEventMapper mapper;

  public PublishEventConsumers(VideoPublishing publishing, PublishEventMapper mapper) {
    this.publishing = publishing;
    this.mapper = mapper;
  }

  @Incoming("video-approved")
  @Blocking // hashing, copying and uploading block: a worker thread, one record at a time, never the event loop
  public void onVideoApproved(VideoApproved event) {
    if (event == null) { // undecodable bytes are dead-lettered by the connector; this is an empty value
      throw new IllegalArgumentException("a record on yt.video.approved carries no VideoApproved");
    }
    publishing.publish(event.getEventId(), mapper.toClaim(event));
  }

  @Incoming("video-cancelled")
  @Blocking
  public void onVideoCancelled(VideoCancelled event) {
    if (event == null) {
      throw new IllegalArgumentException("a record on yt.video.cancelled carries no VideoCancelled");
    }
    publishing.cancel(event.getEventId(), UUID.fromString(event.getVideoId()), event.getWorkspaceId(),
        event.getCancelledBy(), event.getReason());
  }
}
