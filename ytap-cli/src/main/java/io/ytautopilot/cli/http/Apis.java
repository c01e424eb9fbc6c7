package io.ytautopilot.cli.http;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.util.concurrent.TimeUnit;

/** REST clients for the addresses given on the command line; a 4xx answer is returned, not thrown. */
final class Apis {
  private Apis() {}

  static <T> T client(Class<T> api, URI address) {
    return QuarkusRestClientBuilder.newBuilder()
        .baseUri(address)
        .disableDefaultMapper(true)
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(60, TimeUnit.SECONDS)
        .build(api);
  }
}
