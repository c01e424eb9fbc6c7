package io.ytautopilot.trend.adapters;

import io.quarkus.logging.Log;
import io.ytautopilot.trend.domain.SourceFailure;
import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.SourceResult;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TrendItem;
import io.ytautopilot.trend.domain.TrendSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks several sources at once, each within its timeout (option {@code timeout}, else
 * yt.trend.sources.timeout). A source that fails or is too slow is skipped with a warning that
 * names it and why; the others still count. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class TrendSources {
  private final Map<SourceKind, TrendSource> byKind = new EnumMap<>(SourceKind.class);
  private final Duration defaultTimeout;
  private final ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());

  @Inject
  public TrendSources(@Any Instance<TrendSource> adapters,
      @ConfigProperty(name = "yt.trend.sources.timeout") Duration defaultTimeout) {
    this((Iterable<TrendSource>) adapters, defaultTimeout);
  }

  TrendSources(Iterable<TrendSource> adapters, Duration defaultTimeout) {
    adapters.forEach(adapter -> byKind.put(adapter.kind(), adapter));
    this.defaultTimeout = defaultTimeout;
  }

  /** One result per spec, in the specs' order. */
  public List<SourceResult> fetchAll(String workspaceId, List<SourceSpec> specs) {
    long started = System.nanoTime();
    Map<SourceSpec, Future<List<TrendItem>>> running = new LinkedHashMap<>();
    for (SourceSpec spec : specs) {
      TrendSource adapter = byKind.get(spec.kind());
      running.put(spec, adapter == null ? null : pool.submit(() -> adapter.fetch(spec)));
    }
    List<SourceResult> results = new ArrayList<>();
    running.forEach((spec, items) -> {
      SourceResult result = await(spec, items, started);
      if (result.status() == SourceResult.Status.FAILED) {
        Log.warnf("workspace %s: source %s (%s %s) skipped: %s", workspaceId, spec.name(), spec.kind().id(),
            spec.target(), result.failure());
      }
      results.add(result);
    });
    return results;
  }

  private SourceResult await(SourceSpec spec, Future<List<TrendItem>> items, long started) {
    if (items == null) {
      return SourceResult.failed(spec, "no adapter for kind " + spec.kind().id());
    }
    Duration timeout;
    try {
      timeout = SourceOptions.duration(spec, "timeout", defaultTimeout);
    } catch (SourceFailure badOption) {
      items.cancel(true);
      return SourceResult.failed(spec, badOption.getMessage());
    }
    long remaining = timeout.toNanos() - (System.nanoTime() - started);
    try {
      return SourceResult.fetched(spec, items.get(Math.max(0, remaining), TimeUnit.NANOSECONDS), Instant.now());
    } catch (TimeoutException slow) {
      items.cancel(true);
      return SourceResult.failed(spec, "no answer within " + timeout.toMillis() + " ms");
    } catch (ExecutionException failed) {
      Throwable cause = failed.getCause();
      return SourceResult.failed(spec, cause instanceof SourceFailure ? cause.getMessage() : cause.toString());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      items.cancel(true);
      return SourceResult.failed(spec, "fetch interrupted");
    }
  }

  private static ThreadFactory daemonThreads() {
    var count = new AtomicInteger();
    return task -> {
      var thread = new Thread(task, "trend-source-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }
}
