package io.ytautopilot.trend.api;

import io.ytautopilot.trend.domain.FetchRun;
import io.ytautopilot.trend.domain.SourceResult;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a fetch produced; the trends themselves go out as TrendsFetched.
 *
 * @param sources what each source contributed: fetched, cached (within the cache window) or failed
 * @param failedSources the names of the sources that were skipped
 */
public record FetchResult(UUID fetchId, String workspaceId, int trendCount, List<SourceAnswer> sources,
    List<String> failedSources) {

  /** @param fetchedAt when the items were fetched from the source; null when it failed */
  public record SourceAnswer(String name, String kind, String status, int items, Instant fetchedAt, String failure) {}

  static FetchResult of(FetchRun run) {
    return new FetchResult(run.id(), run.workspaceId(), run.trendCount(),
        run.sources().stream().map(FetchResult::answer).toList(),
        run.sources().stream().filter(source -> source.status() == SourceResult.Status.FAILED)
            .map(source -> source.spec().name()).toList());
  }

  private static SourceAnswer answer(SourceResult source) {
    return new SourceAnswer(source.spec().name(), source.spec().kind().id(),
        source.status().name().toLowerCase(Locale.ROOT), source.items().size(), source.fetchedAt(), source.failure());
  }
}
