package io.ytautopilot.production.domain.media;

/** A provider could not deliver (after its own retries): the chain moves on to the next one. */
public class ProviderFailure extends RuntimeException {
  private final String provider;

  public ProviderFailure(String provider, String message) {
    super(provider + ": " + message);
    this.provider = provider;
  }

  public ProviderFailure(String provider, String message, Throwable cause) {
    super(provider + ": " + message, cause);
    this.provider = provider;
  }

  public String provider() {
    return provider;
  }
}
