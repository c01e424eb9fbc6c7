package io.ytautopilot.testsupport;

import java.util.Arrays;

/** Reads a counter out of a service's /q/metrics page, as Prometheus scrapes it. */
public final class PrometheusMetrics {
  private PrometheusMetrics() {}

  /**
   * The sum of the metric's samples whose labels contain every given {@code name="value"} text;
   * 0 when the metric has no sample yet (a counter appears with its first increment).
   */
  public static double sum(String scrape, String metric, String... labels) {
    return scrape.lines()
        .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
        .filter(line -> Arrays.stream(labels).allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
