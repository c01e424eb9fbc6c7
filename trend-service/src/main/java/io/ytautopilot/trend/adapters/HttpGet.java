package io.ytautopilot.trend.adapters;

import io.ytautopilot.trend.domain.SourceFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * GETs for the sources that speak plain HTTP. Anything but a 2xx answer is a SourceFailure naming
 * the status and the URL; nothing is retried (a source that fails now is asked again next fetch).
 * Each request is capped at yt.trend.sources.timeout; a source's shorter timeout option is enforced
 * by TrendSources, which interrupts the request.
 */
@ApplicationScoped
class HttpGet {
  private final HttpClient client;
  private final Duration timeout;
  private final String userAgent;

  HttpGet(@ConfigProperty(name = "yt.trend.sources.timeout") Duration timeout,
      @ConfigProperty(name = "yt.trend.sources.user-agent") String userAgent) {
    this.timeout = timeout;
    this.userAgent = userAgent;
    // the JVM's proxy settings (-Dhttps.proxyHost=...) apply, as they do to the YouTube client
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
        .proxy(ProxySelector.getDefault()).build();
  }

  byte[] get(URI uri, String accept) {
    var request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent)
        .header("Accept", accept).GET().build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      int status = response.statusCode();
      if (status == 429) {
        throw new SourceFailure("HTTP 429 (rate limited) from " + uri);
      }
      if (status < 200 || status > 299) {
        throw new SourceFailure("HTTP " + status + " from " + uri);
      }
      return response.body();
    } catch (HttpTimeoutException e) {
      throw new SourceFailure("no answer within " + timeout.toMillis() + " ms from " + uri, e);
    } catch (IOException e) {
      throw new SourceFailure("cannot reach " + uri + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourceFailure("interrupted while asking " + uri, e);
    }
  }
}
