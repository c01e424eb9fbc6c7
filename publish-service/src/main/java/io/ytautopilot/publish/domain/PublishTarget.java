package io.ytautopilot.publish.domain;

/** Port: somewhere an approved video goes public (a local export folder, a YouTube channel). */
public interface PublishTarget {

  /** The name recorded with each publication, e.g. "export" or "youtube". */
  String name();

  /**
   * Publishes the video's files and metadata; publishing the same video again must leave one
   * copy, not two, because a crash before the outcome is stored repeats the call.
   *
   * @return where the video now is, or that it is held until later
   * @throws RuntimeException when the target refuses or fails for good; the message says why
   */
  PublishOutcome publish(ApprovedVideo video);
}
