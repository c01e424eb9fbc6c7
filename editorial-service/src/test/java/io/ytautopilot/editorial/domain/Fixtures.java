package io.ytautopilot.editorial.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shipped test data: a realistic fetch for a science channel, and that channel's profile. */
public final class Fixtures {
  private Fixtures() {}

  public record FixtureTrend(String title, String source, List<String> sources, String summary, double score,
      double nicheFit) {}

  /** Twelve trends as trend-service scores them: one story from three feeds, off-niche and banned ones among them. */
  public static List<TrendCandidate> scienceTrends() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/science-trends.json")) {
      FixtureTrend[] trends = new ObjectMapper().readValue(in, FixtureTrend[].class);
      return Arrays.stream(trends)
          .map(trend -> new TrendCandidate(UUID.nameUUIDFromBytes(trend.title().getBytes()), trend.title(),
              trend.source(), "https://example.org/" + Math.abs(trend.title().hashCode()), trend.score(),
              trend.sources(), trend.summary(), trend.nicheFit()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static WorkspaceProfile science() {
    return science(Map.of());
  }

  public static WorkspaceProfile science(Map<Phase, List<String>> experiments) {
    return science("Science in a Minute", experiments);
  }

  /** The channel's name appears in every prompt: a test tells its own requests apart by it. */
  public static WorkspaceProfile science(String channelName, Map<Phase, List<String>> experiments) {
    return new WorkspaceProfile("science-shorts", 3, channelName, "popular science",
        List.of("space", "physics", "biology", "telescope"), "en", "curious adults",
        new WorkspaceProfile.Brand("warm, precise", "a friendly narrator", "clean flat illustration, soft colours",
            List.of("crypto", "diet pills"), List.of("miracle", "cure")),
        "SHORTS", 45, 90, experiments);
  }

  public static TrendCandidate candidate(String title, double score) {
    return new TrendCandidate(UUID.randomUUID(), title, "test feed", null, score, List.of("test feed"), null, 0.5);
  }
}
