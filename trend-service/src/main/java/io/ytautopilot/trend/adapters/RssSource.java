package io.ytautopilot.trend.adapters;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.ytautopilot.trend.domain.SourceFailure;
import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * RSS and Atom feeds (ROME). The target is an http(s) URL, a {@code file:} URL, or a path; a
 * relative path or {@code file:} URL (e.g. {@code file:science.xml}) is resolved against
 * yt.trend.feeds.base-dir, so a shipped feed works whatever the working directory.
 */
@ApplicationScoped
public class RssSource implements TrendSource {
  private final HttpGet http;
  private final Optional<Path> feedsDir;

  public RssSource(HttpGet http, @ConfigProperty(name = "yt.trend.feeds.base-dir") Optional<Path> feedsDir) {
    this.http = http;
    this.feedsDir = feedsDir;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.RSS;
  }

  @Override
  public List<TrendItem> fetch(SourceSpec spec) {
    Instant fetchedAt = Instant.now();
    SyndFeed feed = parse(read(spec.target()), spec.target());
    return feed.getEntries().stream()
        .filter(entry -> entry.getTitle() != null && !entry.getTitle().isBlank())
        .limit(SourceOptions.limit(spec))
        .map(entry -> new TrendItem(entry.getTitle(), entry.getLink(), spec.name(), SourceKind.RSS,
            publishedAt(entry, feed, fetchedAt), 0, summary(entry)))
        .toList();
  }

  private byte[] read(String target) {
    if (target.startsWith("http://") || target.startsWith("https://")) {
      return http.get(URI.create(target), "application/rss+xml, application/atom+xml, application/xml, text/xml");
    }
    Path file = file(target);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SourceFailure("cannot read feed file " + file + ": " + e, e);
    }
  }

  Path file(String target) {
    Path path;
    if (target.startsWith("file:")) {
      URI uri = URI.create(target);
      path = uri.isOpaque() ? Path.of(uri.getSchemeSpecificPart()) : Path.of(uri);
    } else {
      path = Path.of(target);
    }
    return path.isAbsolute() ? path : feedsDir.map(dir -> dir.resolve(path)).orElse(path).toAbsolutePath();
  }

  private static SyndFeed parse(byte[] body, String target) {
    try {
      return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new SourceFailure("malformed feed from " + target + ": " + e.getMessage(), e);
    }
  }

  /** An undated entry counts as published when the feed was, or else when we read it. */
  private static Instant publishedAt(SyndEntry entry, SyndFeed feed, Instant fetchedAt) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    if (date == null) {
      date = feed.getPublishedDate();
    }
    return date == null ? fetchedAt : date.toInstant();
  }

  private static String summary(SyndEntry entry) {
    if (entry.getDescription() != null) {
      return Summaries.of(entry.getDescription().getValue());
    }
    return entry.getContents().isEmpty() ? null : Summaries.of(entry.getContents().get(0).getValue());
  }
}
