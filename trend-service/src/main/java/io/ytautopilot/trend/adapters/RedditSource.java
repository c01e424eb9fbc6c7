package io.ytautopilot.trend.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import io.ytautopilot.trend.domain.SourceFailure;
import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A subreddit's hot posts from Reddit's public JSON listing ({@code /r/{sub}/hot.json}). Pinned and
 * NSFW posts are left out; engagement is upvotes plus comments; a link post keeps its outside link,
 * so it merges with the same story from other sources.
 */
@ApplicationScoped
public class RedditSource implements TrendSource {
  private static final Pattern SUBREDDIT = Pattern.compile("[A-Za-z0-9_]{2,21}");

  private final JsonAnswers answers;
  private final String baseUrl;

  public RedditSource(JsonAnswers answers, @ConfigProperty(name = "yt.trend.reddit.base-url") String baseUrl) {
    this.answers = answers;
    this.baseUrl = baseUrl.replaceFirst("/+$", "");
  }

  @Override
  public SourceKind kind() {
    return SourceKind.REDDIT;
  }

  @Override
  public List<TrendItem> fetch(SourceSpec spec) {
    String subreddit = spec.target().strip().replaceFirst("^/?r/", "");
    if (!SUBREDDIT.matcher(subreddit).matches()) {
      throw new SourceFailure("target is not a subreddit name: " + spec.target());
    }
    URI hot = URI.create(baseUrl + "/r/" + subreddit + "/hot.json?raw_json=1&limit=" + SourceOptions.limit(spec));
    return JsonAnswers.each(answers.list(hot, "/data/children"), child -> {
      JsonNode post = child.path("data");
      if (post.path("stickied").asBoolean(false) || post.path("over_18").asBoolean(false)) {
        return null;
      }
      String discussion = "https://www.reddit.com" + post.path("permalink").asText();
      boolean selfPost = post.path("is_self").asBoolean(false) || !post.hasNonNull("url");
      return new TrendItem(
          post.path("title").asText(null),
          selfPost ? discussion : post.get("url").asText(),
          spec.name(),
          SourceKind.REDDIT,
          Instant.ofEpochSecond(post.path("created_utc").asLong()),
          post.path("score").asLong(0) + post.path("num_comments").asLong(0),
          Summaries.of(post.path("selftext").asText(null)));
    });
  }
}
