package io.ytautopilot.trend.adapters;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.youtube.YouTube;
import com.google.api.services.youtube.model.Video;
import com.google.api.services.youtube.model.VideoListResponse;
import io.ytautopilot.trend.domain.SourceFailure;
import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * YouTube's most popular videos of a region (target: region code such as US; option categoryId),
 * through the YouTube Data API v3 {@code videos.list chart=mostPopular} and Google's own client.
 * Engagement is views. Needs an API key (yt.trend.youtube.api-key); without one the source fails
 * and the others still count.
 */
@ApplicationScoped
public class YouTubeSource implements TrendSource {
  private final YouTube youtube;
  private final Optional<String> apiKey;
  private final int timeoutMillis;

  public YouTubeSource(@ConfigProperty(name = "yt.trend.youtube.root-url") String rootUrl,
      @ConfigProperty(name = "yt.trend.youtube.api-key") Optional<String> apiKey,
      @ConfigProperty(name = "yt.trend.sources.timeout") Duration timeout) {
    this.apiKey = apiKey.filter(key -> !key.isBlank());
    this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    this.youtube = new YouTube.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), request -> {
      request.setConnectTimeout(timeoutMillis);
      request.setReadTimeout(timeoutMillis);
    }).setRootUrl(rootUrl.endsWith("/") ? rootUrl : rootUrl + "/").setApplicationName("yt-autopilot").build();
  }

  @Override
  public SourceKind kind() {
    return SourceKind.YOUTUBE;
  }

  @Override
  public List<TrendItem> fetch(SourceSpec spec) {
    String key = apiKey.orElseThrow(() -> new SourceFailure("no YouTube API key: set yt.trend.youtube.api-key"));
    VideoListResponse answer;
    try {
      var request = youtube.videos().list(List.of("snippet", "statistics"))
          .setChart("mostPopular")
          .setRegionCode(spec.target().strip().toUpperCase(Locale.ROOT))
          .setMaxResults((long) SourceOptions.limit(spec))
          .setKey(key);
      String category = spec.options().get("categoryId");
      if (category != null) {
        request.setVideoCategoryId(category);
      }
      answer = request.execute();
    } catch (GoogleJsonResponseException refused) {
      String reason = refused.getDetails() == null ? refused.getStatusMessage() : refused.getDetails().getMessage();
      throw new SourceFailure("HTTP " + refused.getStatusCode() + " from YouTube: " + reason, refused);
    } catch (HttpResponseException refused) {
      throw new SourceFailure("HTTP " + refused.getStatusCode() + " from YouTube", refused);
    } catch (SocketTimeoutException slow) {
      throw new SourceFailure("no answer from YouTube within " + timeoutMillis + " ms", slow);
    } catch (ConnectException | UnknownHostException unreachable) {
      throw new SourceFailure("cannot reach YouTube: " + unreachable, unreachable);
    } catch (IOException | RuntimeException unreadable) {
      // the client reads the JSON as it arrives: what fails now is the answer itself
      throw new SourceFailure("malformed answer from YouTube: " + unreadable, unreadable);
    }
    if (answer.getItems() == null) {
      throw new SourceFailure("malformed answer from YouTube: no items");
    }
    return answer.getItems().stream().map(video -> item(video, spec)).filter(Objects::nonNull).toList();
  }

  private static TrendItem item(Video video, SourceSpec spec) {
    if (video.getSnippet() == null || video.getSnippet().getTitle() == null
        || video.getSnippet().getPublishedAt() == null) {
      return null;
    }
    BigInteger views = video.getStatistics() == null ? null : video.getStatistics().getViewCount();
    return new TrendItem(video.getSnippet().getTitle(), "https://www.youtube.com/watch?v=" + video.getId(),
        spec.name(), SourceKind.YOUTUBE, Instant.ofEpochMilli(video.getSnippet().getPublishedAt().getValue()),
        views == null ? 0 : views.longValue(), Summaries.of(video.getSnippet().getDescription()));
  }
}
