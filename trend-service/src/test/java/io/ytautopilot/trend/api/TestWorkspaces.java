package io.ytautopilot.trend.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Workspace definitions as a client sends them. */
final class TestWorkspaces {
  static final Path TEST_FEEDS = Path.of("src/test/resources/feeds").toAbsolutePath();

  private TestWorkspaces() {}

  static String newId() {
    return "ws-" + UUID.randomUUID().toString().substring(0, 13);
  }

  static Map<String, Object> workspace(String id, List<Map<String, Object>> sources) {
    var body = new LinkedHashMap<String, Object>();
    body.put("id", id);
    body.put("name", "Space, Explained");
    body.put("niche", "space and astronomy explainers");
    body.put("nicheKeywords", List.of("space", "black hole", "telescope"));
    body.put("language", "en");
    body.put("audience", "curious teenagers and adults");
    body.put("brand", new LinkedHashMap<>(Map.of("tone", "curious", "voice", "a friendly teacher",
        "visualStyle", "flat diagrams", "bannedTopics", List.of("politics"), "bannedWords", List.of("shocking"))));
    body.put("targetFormat", "LONG");
    body.put("targetLengthSeconds", 480);
    body.put("budgetPerVideoUsd", 4.0);
    body.put("budgetPerMonthUsd", 60.0);
    body.put("sources", new ArrayList<>(sources));
    body.put("promptExperiments", List.of(Map.of("phase", "SELECTION", "variants", List.of("a", "b"))));
    return body;
  }

  static Map<String, Object> source(String name, String kind, String target) {
    return new LinkedHashMap<>(Map.of("name", name, "kind", kind, "target", target));
  }

  /** The space-news test feed, by absolute file: URL. */
  static Map<String, Object> spaceNewsFeed() {
    return source("space-news", "rss", TEST_FEEDS.resolve("space-news.rss").toUri().toString());
  }
}
