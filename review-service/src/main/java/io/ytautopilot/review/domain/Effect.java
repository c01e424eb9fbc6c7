package io.ytautopilot.review.domain;

import java.util.Arrays;

/** The event a transition emits, stored in the outbox in the same transaction as the new state. */
public enum Effect {
  NONE("—"),
  SCRIPT_APPROVED("ScriptApproved"),
  CHANGES_REQUESTED("ChangesRequested"),
  SCRIPT_REJECTED("ScriptRejected"),
  SCENES_REGENERATION_REQUESTED("ScenesRegenerationRequested"),
  VIDEO_APPROVED("VideoApproved"),
  VIDEO_CANCELLED("VideoCancelled");

  private final String label;

  Effect(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Effect parse(String text) {
    return Arrays.stream(values()).filter(effect -> effect.label.equals(text.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown effect '" + text + "'"));
  }
}
