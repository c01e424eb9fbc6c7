package io.ytautopilot.trend.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hacker News stories matching the target query, through the Algolia search API
 * ({@code /api/v1/search?query=...&tags=story}). Engagement is points plus comments; a story
 * without a link of its own links to its discussion.
 */
@ApplicationScoped
public class HackerNewsSource implements TrendSource {
  private final JsonAnswers answers;
  private final String baseUrl;

  public HackerNewsSource(JsonAnswers answers, @ConfigProperty(name = "yt.trend.hacker-news.base-url") String baseUrl) {
    this.answers = answers;
    this.baseUrl = baseUrl.replaceFirst("/+$", "");
  }

  @Override
  public SourceKind kind() {
    return SourceKind.HACKER_NEWS;
  }

  @Override
  public List<TrendItem> fetch(SourceSpec spec) {
    URI search = URI.create(baseUrl + "/api/v1/search?tags=story&query="
        + URLEncoder.encode(spec.target(), StandardCharsets.UTF_8) + "&hitsPerPage=" + SourceOptions.limit(spec));
    return JsonAnswers.each(answers.list(search, "/hits"), hit -> new TrendItem(
        hit.path("title").asText(null),
        hit.hasNonNull("url") ? hit.get("url").asText()
            : "https://news.ycombinator.com/item?id=" + hit.path("objectID").asText(),
        spec.name(),
        SourceKind.HACKER_NEWS,
        publishedAt(hit),
        hit.path("points").asLong(0) + hit.path("num_comments").asLong(0),
        Summaries.of(hit.path("story_text").asText(null))));
  }

  private static Instant publishedAt(JsonNode hit) {
    return hit.hasNonNull("created_at_i") ? Instant.ofEpochSecond(hit.get("created_at_i").asLong())
        : Instant.parse(hit.path("created_at").asText());
  }
}
