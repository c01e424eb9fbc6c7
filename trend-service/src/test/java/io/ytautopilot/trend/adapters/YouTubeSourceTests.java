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
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YouTubeSourceTests extends HttpSourceTests {
  private static final String API_KEY = "test-api-key";

  @Override
  TrendSource source(String baseUrl) {
    return new YouTubeSource(baseUrl, Optional.of(API_KEY), TIMEOUT);
  }

  @Override
  SourceSpec spec() {
    return new SourceSpec("youtube-gaming", SourceKind.YOUTUBE, "us", Map.of("categoryId", "20", "limit", "3"));
  }

  @Override
  String path() {
    return "/youtube/v3/videos";
  }

  @Override
  String fixture() {
    return "sources/youtube-most-popular.json";
  }

  @Override
  String contentType() {
    return "application/json; charset=UTF-8";
  }

  @Override
  String errorBody(int status) {
    return "{\"error\": {\"code\": " + status + ", \"message\": \"The request cannot be completed because you have "
        + "exceeded your quota.\", \"errors\": [{\"message\": \"quota\", \"domain\": \"youtube.quota\", "
        + "\"reason\": \"quotaExceeded\"}]}}";
  }

  @Override
  void assertRecordedItems(List<TrendItem> items) {
    assertThat(items).extracting(TrendItem::title, TrendItem::url, TrendItem::engagement, TrendItem::publishedAt)
        .containsExactly(
            tuple("I Restored a 1986 Macintosh Plus With Modern Parts", "https://www.youtube.com/watch?v=k3Lx0QpZr1A",
                1_843_221L, Instant.parse("2026-11-24T15:00:11Z")),
            tuple("How the Game Boy Squeezed Color Out of 4 Shades", "https://www.youtube.com/watch?v=Qm9vT2xw7bE",
                412_987L, Instant.parse("2026-11-25T01:30:00Z")),
            tuple("The CPU That Powered the 80s: 6502 Explained", "https://www.youtube.com/watch?v=Zp2Kd8Hn4sU",
                2_288_410L, Instant.parse("2026-11-23T18:45:30Z")));
    assertThat(items.get(0).summary()).isEqualTo("Forty years old and it boots again. Parts list: https://example.org/parts");
    assertThat(items.get(2).summary()).isNull();
    server.verify(getRequestedFor(urlPathEqualTo(path()))
        .withQueryParam("chart", equalTo("mostPopular"))
        .withQueryParam("regionCode", equalTo("US"))
        .withQueryParam("videoCategoryId", equalTo("20"))
        .withQueryParam("maxResults", equalTo("3"))
        .withQueryParam("key", equalTo(API_KEY)));
  }

  @Test
  void withoutAnApiKeyTheSourceFailsWithoutAsking() {
    var keyless = new YouTubeSource(server.baseUrl(), Optional.empty(), TIMEOUT);
    assertThatThrownBy(() -> keyless.fetch(spec())).isInstanceOf(SourceFailure.class)
        .hasMessageContaining("yt.trend.youtube.api-key");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
