package io.ytautopilot.trend.adapters;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.ytautopilot.trend.Fixtures.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.SourceResult;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every source that speaks HTTP must do, against a real local HTTP server serving recorded
 * answers: deliver the recorded items; and when the source is slow, refuses (429, 500) or answers
 * something unreadable, be skipped with the reason while another source still counts.
 */
abstract class HttpSourceTests {
  static final Duration TIMEOUT = Duration.ofMillis(1500);
  static final String USER_AGENT = "yt-autopilot-test";

  WireMockServer server;

  /** The adapter under test, talking to the given base URL. */
  abstract TrendSource source(String baseUrl);

  abstract SourceSpec spec();

  /** The path the adapter asks for spec(). */
  abstract String path();

  /** The recorded answer under src/test/resources/sources. */
  abstract String fixture();

  abstract String contentType();

  /** Checks the items the adapter made of the recorded answer. */
  abstract void assertRecordedItems(List<TrendItem> items);

  @BeforeEach
  void startServer() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  static HttpGet http() {
    return new HttpGet(TIMEOUT, USER_AGENT);
  }

  static JsonAnswers jsonAnswers() {
    return new JsonAnswers(http(), new ObjectMapper());
  }

  @Test
  void deliversTheItemsOfARecordedAnswer() {
    answer(aResponse().withHeader("Content-Type", contentType()).withBody(recorded(fixture())));
    List<TrendItem> items = source(server.baseUrl()).fetch(spec());
    assertThat(items).allSatisfy(item -> {
      assertThat(item.source()).isEqualTo(spec().name());
      assertThat(item.kind()).isEqualTo(spec().kind());
      assertThat(item.url()).startsWith("http");
    });
    assertRecordedItems(items);
  }

  @Test
  void aSlowSourceIsSkippedAtItsTimeoutAndTheOthersStillCount() {
    answer(aResponse().withHeader("Content-Type", contentType()).withBody(recorded(fixture()))
        .withFixedDelay((int) TIMEOUT.toMillis() * 3));
    long started = System.nanoTime();
    List<SourceResult> results = fetchAlongsideAWorkingSource();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.multipliedBy(2));
    assertSkipped(results, "no answer within 1500 ms");
  }

  @Test
  void aRateLimitedSourceIsSkippedWithTheStatus() {
    answer(aResponse().withStatus(429).withHeader("Retry-After", "60").withBody(errorBody(429)));
    assertSkipped(fetchAlongsideAWorkingSource(), "429");
    server.verify(1, getRequestedFor(urlPathEqualTo(path())));
  }

  @Test
  void aFailingSourceIsSkippedWithTheStatus() {
    answer(aResponse().withStatus(500).withBody(errorBody(500)));
    assertSkipped(fetchAlongsideAWorkingSource(), "500");
  }

  @Test
  void aMalformedAnswerIsSkippedAsMalformed() {
    answer(aResponse().withHeader("Content-Type", contentType())
        .withBody("<html><body><h1>Our servers are busy</h1></body></html>"));
    assertSkipped(fetchAlongsideAWorkingSource(), "malformed");
  }

  /** What the service answers with an error status; JSON APIs answer JSON. */
  String errorBody(int status) {
    return "{\"error\": " + status + ", \"message\": \"error " + status + "\"}";
  }

  void answer(ResponseDefinitionBuilder response) {
    server.stubFor(get(urlPathEqualTo(path())).willReturn(response));
  }

  /** Fetches spec() together with a source of another kind that always delivers one item. */
  private List<SourceResult> fetchAlongsideAWorkingSource() {
    SourceKind otherKind = spec().kind() == SourceKind.RSS ? SourceKind.HACKER_NEWS : SourceKind.RSS;
    TrendSource working = new TrendSource() {
      @Override
      public SourceKind kind() {
        return otherKind;
      }

      @Override
      public List<TrendItem> fetch(SourceSpec spec) {
        return List.of(new TrendItem("Still here", "https://example.org/", spec.name(), otherKind, Instant.now(), 0,
            null));
      }
    };
    var sources = new TrendSources(List.of(source(server.baseUrl()), working), TIMEOUT);
    return sources.fetchAll("ws", List.of(spec(), new SourceSpec("always-there", otherKind, "anything", Map.of())));
  }

  private void assertSkipped(List<SourceResult> results, String reason) {
    assertThat(results).hasSize(2);
    assertThat(results.get(0).status()).isEqualTo(SourceResult.Status.FAILED);
    assertThat(results.get(0).failure()).contains(reason);
    assertThat(results.get(0).items()).isEmpty();
    assertThat(results.get(1).status()).isEqualTo(SourceResult.Status.FETCHED);
    assertThat(results.get(1).items()).extracting(TrendItem::title).containsExactly("Still here");
  }
}
