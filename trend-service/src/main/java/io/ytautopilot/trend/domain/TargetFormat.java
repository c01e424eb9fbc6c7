package io.ytautopilot.trend.domain;

/** The video format a channel publishes. */
public enum TargetFormat {
  /** 9:16, at most three minutes. */
  SHORTS,
  /** 16:9. */
  LONG
}
