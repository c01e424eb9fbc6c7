package io.ytautopilot.production.adapters.providers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import io.smallrye.faulttolerance.api.Guard;
import io.ytautopilot.production.domain.media.ProviderFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * One HTTP provider's connection: every request runs through the provider's own SmallRye Fault
 * Tolerance guard, so each attempt is cut off at {@code timeout}, and timeouts, connection errors, 429
 * and 5xx are retried up to {@code max-retries} times with exponential backoff plus jitter (or after
 * the server's {@code Retry-After}, capped at {@code timeout}). Any other 4xx is the caller's mistake
 * and fails at once. The final failure is a {@link ProviderFailure} naming the provider, the request
 * and the last HTTP status or the timeout.
 *
 * <p>The JDK {@link HttpClient} rather than the Quarkus REST client: providers are built at runtime from
 * configuration (any number, each with its own base URL), bodies stream straight to files, and the
 * blocking call stops when the guard's timeout interrupts it; it also runs in plain unit tests.
 */
final class ProviderHttp {
  /** The longest exponential delay between two attempts, whatever the retry count. */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final int ERROR_DETAIL_CHARACTERS = 300;

  private final String provider;
  private final URI baseUrl;
  private final Optional<String> apiKey;
  private final Duration timeout;
  private final Guard guard;
  private final HttpClient client;
  private final ObjectMapper json = new ObjectMapper();

  ProviderHttp(String provider, URI baseUrl, Optional<String> apiKey, Duration timeout, int maxRetries,
      Duration retryDelay, Supplier<Guard.Builder> guards) {
    this.provider = provider;
    this.baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/");
    this.apiKey = apiKey.filter(key -> !key.isBlank());
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    this.guard = guards.get().withDescription("provider " + provider)
        .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
        .withRetry()
            .maxRetries(maxRetries)
            .delay(retryDelay.toMillis(), ChronoUnit.MILLIS)
            // the attempts are bounded by their count and each by the timeout
            .maxDuration(0, ChronoUnit.MILLIS)
            .whenException(failure -> failure instanceof Retryable || failure instanceof TimeoutException)
            .withCustomBackoff().strategy(() -> new Backoff(retryDelay, timeout)).done()
            .done()
        .build();
  }

  /**
   * A reference resolved against the base URL as a browser would: {@code v1/audio/speech} below its
   * path, {@code /files/x.mp4} on its host, an absolute URL as it is.
   */
  URI resolve(String reference) {
    return baseUrl.resolve(reference);
  }

  /** A request with the provider's credentials, unless it goes to another host (a signed download link). */
  HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    if (sameOrigin(uri)) {
      apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
    }
    return request;
  }

  HttpRequest postJson(String path, Map<String, ?> body) {
    try {
      return request(resolve(path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
    } catch (IOException e) {
      throw new ProviderFailure(provider, "cannot write the request to " + path + ": " + e, e);
    }
  }

  JsonNode exchangeJson(HttpRequest request) {
    String body = exchange(request, HttpResponse.BodyHandlers.ofString());
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new ProviderFailure(provider, describe(request) + " answered no JSON: " + abbreviate(body), e);
    }
  }

  /**
   * Sends {@code request}, retrying as configured, and hands a successful (2xx) body to {@code onSuccess}.
   *
   * @throws ProviderFailure when no attempt succeeded
   */
  <T> T exchange(HttpRequest request, BodyHandler<T> onSuccess) {
    AtomicInteger attempts = new AtomicInteger();
    try {
      return guard.call(() -> attempt(request, onSuccess, attempts), type());
    } catch (ProviderFailure failure) {
      throw failure;
    } catch (Retryable failure) {
      throw new ProviderFailure(provider, failure.getMessage() + " (" + attempts(attempts) + ")", failure);
    } catch (TimeoutException failure) {
      throw new ProviderFailure(provider, describe(request) + " timed out after " + timeout.toMillis() + " ms ("
          + attempts(attempts) + ")", failure);
    } catch (Exception failure) {
      throw new ProviderFailure(provider, describe(request) + " failed: " + failure, failure);
    }
  }

  String name() {
    return provider;
  }

  Duration timeout() {
    return timeout;
  }

  private <T> T attempt(HttpRequest request, BodyHandler<T> onSuccess, AtomicInteger attempts)
      throws InterruptedException {
    attempts.incrementAndGet();
    HttpResponse<Reply<T>> response;
    try {
      response = client.send(request, info -> info.statusCode() / 100 == 2
          ? BodySubscribers.mapping(onSuccess.apply(info), body -> new Reply<>(body, null))
          : BodySubscribers.mapping(BodySubscribers.ofString(StandardCharsets.UTF_8),
              text -> new Reply<>(null, text)));
    } catch (IOException e) {
      // connection refused or reset, or the body broke off: worth another attempt
      throw new Retryable(describe(request) + " failed: " + e, Optional.empty(), e);
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return response.body().success();
    }
    String detail = describe(request) + " answered HTTP " + status + detailOf(response.body().error());
    if (status == 429 || status / 100 == 5) {
      throw new Retryable(detail, response.headers().firstValue("Retry-After").flatMap(ProviderHttp::retryAfter),
          null);
    }
    throw new ProviderFailure(provider, detail + " (not retried)");
  }

  /** {@code Retry-After} is a number of seconds or an HTTP date. */
  static Optional<Duration> retryAfter(String header) {
    String value = header.strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration until = Duration.between(ZonedDateTime.now(),
            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        return Optional.of(until.isNegative() ? Duration.ZERO : until);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }

  private boolean sameOrigin(URI uri) {
    return baseUrl.getHost().equalsIgnoreCase(String.valueOf(uri.getHost())) && baseUrl.getPort() == uri.getPort()
        && baseUrl.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()));
  }

  private static String describe(HttpRequest request) {
    return request.method() + " " + request.uri();
  }

  private static String attempts(AtomicInteger attempts) {
    return attempts.get() == 1 ? "1 attempt" : attempts.get() + " attempts";
  }

  private static String detailOf(String body) {
    return body == null || body.isBlank() ? "" : ": " + abbreviate(body);
  }

  private static String abbreviate(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= ERROR_DETAIL_CHARACTERS ? oneLine
        : oneLine.substring(0, ERROR_DETAIL_CHARACTERS) + "…";
  }

  @SuppressWarnings("unchecked")
  private static <T> Class<T> type() {
    // any plain (not asynchronous) type: the guard then runs the call on the calling thread
    return (Class<T>) Object.class;
  }

  private record Reply<T>(T success, String error) {}

  /** A failure that another attempt may not have: a timeout, a broken connection, 429 or 5xx. */
  static final class Retryable extends RuntimeException {
    private final transient Optional<Duration> retryAfter;

    Retryable(String message, Optional<Duration> retryAfter, Throwable cause) {
      super(message, cause);
      this.retryAfter = retryAfter;
    }

    Optional<Duration> retryAfter() {
      return retryAfter;
    }
  }

  /**
   * Exponential backoff with up to 25% jitter, so that scenes retrying together do not hit the provider
   * in lockstep; a server's {@code Retry-After} replaces it, capped so one answer cannot stall a video.
   */
  static final class Backoff implements CustomBackoffStrategy {
    private final Duration first;
    private final Duration retryAfterCap;
    private int retries;

    Backoff(Duration first, Duration retryAfterCap) {
      this.first = first;
      this.retryAfterCap = retryAfterCap;
    }

    @Override
    public long nextDelayInMillis(Throwable failure) {
      if (failure instanceof Retryable retryable && retryable.retryAfter().isPresent()) {
        retries++;
        return Math.min(retryable.retryAfter().get().toMillis(), retryAfterCap.toMillis());
      }
      long exponential = Math.min(MAX_BACKOFF.toMillis(), first.toMillis() << Math.min(retries++, 20));
      return exponential + ThreadLocalRandom.current().nextLong(exponential / 4 + 1);
    }
  }
}
