package io.ytautopilot.trend.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of trend source a workspace can name, with how fast their engagement counts. */
public enum SourceKind {
  /** Feeds report no engagement, so their items count on recency and niche fit alone. */
  RSS("rss", 0),
  /** Points plus comments per hour. */
  HACKER_NEWS("hacker-news", 100),
  /** Upvotes plus comments per hour. */
  REDDIT("reddit", 1_000),
  /** Views per hour. */
  YOUTUBE("youtube", 100_000);

  private final String id;
  private final double fullVelocityPerHour;

  SourceKind(String id, double fullVelocityPerHour) {
    this.id = id;
    this.fullVelocityPerHour = fullVelocityPerHour;
  }

  /** How the kind is written in workspace definitions and events, e.g. hacker-news. */
  public String id() {
    return id;
  }

  /** Engagement per hour at which the velocity part of the score is full; 0 when the kind reports none. */
  public double fullVelocityPerHour() {
    return fullVelocityPerHour;
  }

  public static Optional<SourceKind> byId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
  }
}
