package io.ytautopilot.trend.domain;

import java.time.Instant;
import java.util.List;

/**
 * What one source contributed to a fetch.
 *
 * @param fetchedAt when the items were fetched from the source (earlier than the fetch when cached)
 * @param failure why the source was skipped, or null
 */
public record SourceResult(SourceSpec spec, Status status, List<TrendItem> items, Instant fetchedAt, String failure) {
  public enum Status { FETCHED, CACHED, FAILED }

  public SourceResult {
    items = List.copyOf(items);
  }

  public static SourceResult fetched(SourceSpec spec, List<TrendItem> items, Instant at) {
    return new SourceResult(spec, Status.FETCHED, items, at, null);
  }

  public static SourceResult cached(SourceSpec spec, List<TrendItem> items, Instant fetchedAt) {
    return new SourceResult(spec, Status.CACHED, items, fetchedAt, null);
  }

  public static SourceResult failed(SourceSpec spec, String reason) {
    return new SourceResult(spec, Status.FAILED, List.of(), null, reason);
  }
}
