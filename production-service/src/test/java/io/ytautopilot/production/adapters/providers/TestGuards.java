package io.ytautopilot.production.adapters.providers;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.apiimpl.BasicCircuitBreakerMaintenanceImpl;
import io.smallrye.faulttolerance.apiimpl.BuilderLazyDependencies;
import io.smallrye.faulttolerance.apiimpl.GuardImpl;
import io.smallrye.faulttolerance.core.event.loop.EventLoop;
import io.smallrye.faulttolerance.core.metrics.MetricsProvider;
import io.smallrye.faulttolerance.core.timer.ThreadTimer;
import io.smallrye.faulttolerance.core.timer.Timer;
import io.smallrye.faulttolerance.metrics.NoopProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * SmallRye Fault Tolerance guards outside a CDI container. {@code Guard.create()} needs the container
 * that Quarkus runs; plain unit tests get the same implementation wired by hand, as the library's
 * standalone module does.
 */
final class TestGuards {
  private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "test-guards");
    thread.setDaemon(true);
    return thread;
  });
  private static final Timer TIMER = new ThreadTimer(EXECUTOR);
  private static final BasicCircuitBreakerMaintenanceImpl CIRCUIT_BREAKERS = new BasicCircuitBreakerMaintenanceImpl();
  private static final BuilderLazyDependencies DEPENDENCIES = new BuilderLazyDependencies() {
    @Override
    public boolean ftEnabled() {
      return true;
    }

    @Override
    public ExecutorService asyncExecutor() {
      return EXECUTOR;
    }

    @Override
    public EventLoop eventLoop() {
      return EventLoop.get();
    }

    @Override
    public Timer timer() {
      return TIMER;
    }

    @Override
    public MetricsProvider metricsProvider() {
      return new NoopProvider();
    }
  };

  private TestGuards() {}

  static Guard.Builder builder() {
    return new GuardImpl.BuilderImpl(() -> CIRCUIT_BREAKERS, () -> DEPENDENCIES);
  }
}
