package io.ytautopilot.review.domain;

import java.util.List;

/**
 * What generating a video costs or cost, in USD, line by line (as production priced it).
 *
 * @param revision the script revision this is about
 */
public record Cost(int revision, double total, List<Line> lines) {

  public record Line(String item, String provider, double units, double unitPrice, double cost) {}

  public Cost {
    lines = List.copyOf(lines);
    if (total < 0) {
      throw new IllegalArgumentException("a cost cannot be negative: " + total);
    }
  }
}
