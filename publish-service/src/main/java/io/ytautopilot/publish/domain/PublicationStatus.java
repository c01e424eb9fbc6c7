package io.ytautopilot.publish.domain;

/** What became of an approved video: published to its target, or refused for missing provenance. */
public enum PublicationStatus {
  PUBLISHED,
  REFUSED
}
