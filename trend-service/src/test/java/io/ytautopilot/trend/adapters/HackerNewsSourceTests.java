package io.ytautopilot.trend.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

class HackerNewsSourceTests extends HttpSourceTests {

  @Override
  TrendSource source(String baseUrl) {
    return new HackerNewsSource(jsonAnswers(), baseUrl);
  }

  @Override
  SourceSpec spec() {
    return new SourceSpec("hn-science", SourceKind.HACKER_NEWS, "science", Map.of("limit", "3"));
  }

  @Override
  String path() {
    return "/api/v1/search";
  }

  @Override
  String fixture() {
    return "sources/hn-search.json";
  }

  @Override
  String contentType() {
    return "application/json; charset=utf-8";
  }

  @Override
  void assertRecordedItems(List<TrendItem> items) {
    assertThat(items).extracting(TrendItem::title, TrendItem::engagement, TrendItem::publishedAt).containsExactly(
        tuple("Webb telescope spots the most distant black hole merger yet", 860L,
            Instant.parse("2026-11-25T06:12:40Z")),
        tuple("Ask HN: What is the best explanation of quantum entanglement you have read?", 489L,
            Instant.parse("2026-11-24T21:40:03Z")),
        tuple("Why tardigrades survive the vacuum of space", 138L, Instant.parse("2026-11-24T16:05:55Z")));
    assertThat(items.get(1).url()).as("an Ask HN links to its discussion")
        .isEqualTo("https://news.ycombinator.com/item?id=42729921");
    assertThat(items.get(1).summary()).startsWith("I have read a dozen popular explanations");
    server.verify(getRequestedFor(urlEqualTo("/api/v1/search?tags=story&query=science&hitsPerPage=3"))
        .withHeader("User-Agent", equalTo(USER_AGENT)));
  }
}
