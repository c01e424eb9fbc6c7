package io.ytautopilot.production.domain.media;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Providers of one kind in the order they are tried: premium, then budget, then local. A step is
 * served by the first provider that delivers; one that fails (after its own retries) is passed over
 * and named in the result, so a degraded step is visible and billed at the price of who served it.
 */
public final class ProviderChain<P extends Provider> {
  private final String kind;
  private final List<P> providers;

  public ProviderChain(String kind, List<P> providers) {
    if (providers == null || providers.isEmpty()) {
      throw new IllegalArgumentException("the " + kind + " chain needs at least one provider");
    }
    this.kind = kind;
    this.providers = List.copyOf(providers);
  }

  /** What a step produced, which provider produced it, and why the ones before it were passed over. */
  public record Served<R, P extends Provider>(R result, P provider, List<ProviderFailure> passedOver) {
    public Served {
      passedOver = List.copyOf(passedOver);
    }
  }

  /** Every provider failed; the message lists each one's error, in chain order. */
  public static final class Exhausted extends RuntimeException {
    private final List<ProviderFailure> failures;

    Exhausted(String kind, List<ProviderFailure> failures) {
      super("every " + kind + " provider failed: " + String.join("; ",
          failures.stream().map(Throwable::getMessage).toList()));
      this.failures = List.copyOf(failures);
    }

    public List<ProviderFailure> failures() {
      return failures;
    }
  }

  /**
   * @throws Exhausted when no provider delivers; any exception other than a {@link ProviderFailure}
   *     counts as that provider's failure too, so one broken adapter never stops the chain
   */
  public <R> Served<R, P> serve(Function<P, R> step) {
    List<ProviderFailure> failures = new ArrayList<>();
    for (P provider : providers) {
      try {
        return new Served<>(step.apply(provider), provider, failures);
      } catch (ProviderFailure failure) {
        failures.add(failure);
      } catch (RuntimeException unexpected) {
        failures.add(new ProviderFailure(provider.name(), unexpected.toString(), unexpected));
      }
    }
    throw new Exhausted(kind, failures);
  }

  /** The first provider: the one a cost estimate assumes, since it serves whenever nothing fails. */
  public P preferred() {
    return providers.get(0);
  }

  public List<P> providers() {
    return providers;
  }

  public String kind() {
    return kind;
  }
}
