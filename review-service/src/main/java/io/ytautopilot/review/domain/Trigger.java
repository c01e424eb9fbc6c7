package io.ytautopilot.review.domain;

import java.util.Arrays;

/** What can move a video: a reviewer's command on the API, or an event from another service. */
public enum Trigger {
  APPROVE_SCRIPT(Kind.COMMAND, "gate1/approve"),
  REQUEST_CHANGES(Kind.COMMAND, "gate1/request-changes"),
  REJECT_SCRIPT(Kind.COMMAND, "gate1/reject"),
  APPROVE_VIDEO(Kind.COMMAND, "gate2/approve"),
  REGENERATE_SCENES(Kind.COMMAND, "gate2/regenerate"),
  REJECT_VIDEO(Kind.COMMAND, "gate2/reject"),
  RETRY(Kind.COMMAND, "retry"),
  SCHEDULE(Kind.COMMAND, "schedule"),
  CANCEL(Kind.COMMAND, "cancel"),
  SCRIPT_DRAFTED(Kind.EVENT, "ScriptDrafted"),
  GENERATION_STARTED(Kind.EVENT, "GenerationStarted"),
  ASSETS_GENERATED(Kind.EVENT, "AssetsGenerated"),
  GENERATION_FAILED(Kind.EVENT, "GenerationFailed"),
  PUBLISH_STARTED(Kind.EVENT, "PublishStarted"),
  VIDEO_PUBLISHED(Kind.EVENT, "VideoPublished"),
  PUBLISH_FAILED(Kind.EVENT, "PublishFailed"),
  PUBLISH_HELD(Kind.EVENT, "PublishHeld");

  public enum Kind { COMMAND, EVENT }

  private final Kind kind;
  private final String label;

  Trigger(Kind kind, String label) {
    this.kind = kind;
    this.label = label;
  }

  public Kind kind() {
    return kind;
  }

  /** As written in the table: `command gate1/approve`, `event AssetsGenerated`. */
  public String label() {
    return kind.name().toLowerCase() + " " + label;
  }

  /** The command's path below /videos/{id}, or the event's name. */
  public String shortName() {
    return label;
  }

  static Trigger parse(String text) {
    return Arrays.stream(values()).filter(trigger -> trigger.label().equals(text.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown trigger '" + text + "'"));
  }
}
