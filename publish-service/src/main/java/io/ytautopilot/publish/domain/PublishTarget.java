package io.ytautopilot.publish.domain;

/** Port: somewhere an approved video goes public (a local export today, YouTube later). */
public interface PublishTarget {

  /** The name recorded with each publication, e.g. "export" or "youtube". */
  String name();

  /**
   * Publishes the video's files and metadata; publishing the same video again must leave one
   * copy, not two, because a crash before the outcome is stored repeats the call.
   *
   * @return where the video now is: a folder, URL or platform id
   */
  String publish(ApprovedVideo video);
}
