package io.ytautopilot.trend.domain;

import java.util.Map;
import java.util.Objects;

/**
 * One trend source of a workspace.
 *
 * @param name unique within the workspace; trends name it as their source
 * @param target feed URL or path (rss), search query (hacker-news), subreddit (reddit), region code (youtube)
 * @param options kind-specific settings, e.g. categoryId (youtube), limit, timeout
 */
public record SourceSpec(String name, SourceKind kind, String target, Map<String, String> options) {
  public SourceSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  public String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }
}
