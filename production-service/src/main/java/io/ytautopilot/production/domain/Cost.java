package io.ytautopilot.production.domain;

import java.util.List;

/** What (part of) a generation costs or cost, in USD, line by line. */
public record Cost(List<Line> lines) {
  public Cost {
    lines = List.copyOf(lines);
  }

  /** One priced piece of work: how many units of what, from which provider, at which price (USD per unit). */
  public record Line(String item, String provider, double units, double unitPrice) {
    public double cost() {
      return units * unitPrice;
    }
  }

  public double total() {
    return lines.stream().mapToDouble(Line::cost).sum();
  }
}
