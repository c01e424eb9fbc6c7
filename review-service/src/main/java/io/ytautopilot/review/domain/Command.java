package io.ytautopilot.review.domain;

/** What can happen to a video: reviewer calls at the two gates and events from other services. */
public enum Command {
  APPROVE_SCRIPT("approve the script (Gate 1)"),
  REJECT_SCRIPT("reject the script (Gate 1)"),
  RECORD_ASSETS("record generated assets"),
  APPROVE_VIDEO("approve the video (Gate 2)"),
  REJECT_VIDEO("reject the video (Gate 2)"),
  RECORD_PUBLICATION("record the publication");

  private final String description;

  Command(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
