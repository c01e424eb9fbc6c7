package io.ytautopilot.trend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Recorded answers of the real sources, under src/test/resources. */
public final class Fixtures {
  private Fixtures() {}

  /** The fixture at this class path location, e.g. sources/hn-search.json. */
  public static String recorded(String fixture) {
    try (var in = Fixtures.class.getResourceAsStream("/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
