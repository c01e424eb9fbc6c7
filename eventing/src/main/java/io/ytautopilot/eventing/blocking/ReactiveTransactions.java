package io.ytautopilot.eventing.blocking;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * For blocking consumers (rendering, file copies) that still keep their state with Hibernate
 * Reactive: runs one reactive unit of work on a Vert.x context and waits for it on the worker thread.
 */
public final class ReactiveTransactions {
  private ReactiveTransactions() {}

  public static <T> T await(Supplier<Uni<T>> work) {
    try {
      return VertxContextSupport.subscribeAndAwait(work);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
