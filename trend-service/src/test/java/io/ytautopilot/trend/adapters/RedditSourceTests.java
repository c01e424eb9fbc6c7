package io.ytautopilot.trend.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ytautopilot.trend.domain.SourceFailure;
import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedditSourceTests extends HttpSourceTests {

  @Override
  TrendSource source(String baseUrl) {
    return new RedditSource(jsonAnswers(), baseUrl);
  }

  @Override
  SourceSpec spec() {
    return new SourceSpec("reddit-space", SourceKind.REDDIT, "r/space", Map.of());
  }

  @Override
  String path() {
    return "/r/space/hot.json";
  }

  @Override
  String fixture() {
    return "sources/reddit-hot.json";
  }

  @Override
  String contentType() {
    return "application/json; charset=UTF-8";
  }

  @Override
  void assertRecordedItems(List<TrendItem> items) {
    assertThat(items).as("the pinned discussion thread is left out")
        .extracting(TrendItem::title, TrendItem::url, TrendItem::engagement, TrendItem::publishedAt).containsExactly(
            tuple("Webb Telescope Spots the Most Distant Black Hole Merger Yet",
                "https://www.nasa.gov/missions/webb/webb-spots-most-distant-black-hole-merger/", 15_551L,
                Instant.parse("2026-11-25T08:30:12Z")),
            tuple("I photographed the Andromeda galaxy from my backyard over 14 nights",
                "https://i.redd.it/andromeda14nights.jpg", 9_502L, Instant.parse("2026-11-25T02:11:45Z")),
            tuple("Why does the Moon look bigger near the horizon?",
                "https://www.reddit.com/r/space/comments/1h3/why_does_the_moon_look_bigger/", 2_461L,
                Instant.parse("2026-11-24T19:47:00Z")));
    assertThat(items.get(2).summary()).startsWith("Is it **really** just an illusion?");
    server.verify(getRequestedFor(urlPathEqualTo(path())).withQueryParam("limit", equalTo("30"))
        .withHeader("User-Agent", equalTo(USER_AGENT)));
  }

  @Test
  void aTargetThatIsNoSubredditNameIsRefusedWithoutAsking() {
    var spec = new SourceSpec("bad", SourceKind.REDDIT, "../../api/v1/me", Map.of());
    assertThatThrownBy(() -> source(server.baseUrl()).fetch(spec)).isInstanceOf(SourceFailure.class)
        .hasMessageContaining("not a subreddit name");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
