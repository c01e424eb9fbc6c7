package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.Cost;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a cost estimate or of a generation's cost; its cost is units times unit price. */
@Embeddable
public class CostLineColumns {
  @Column(nullable = false)
  public String item;

  @Column(nullable = false)
  public String provider;

  @Column(nullable = false)
  public double units;

  @Column(name = "unit_price", nullable = false)
  public double unitPrice;

  static CostLineColumns of(Cost.Line line) {
    var columns = new CostLineColumns();
    columns.item = line.item();
    columns.provider = line.provider();
    columns.units = line.units();
    columns.unitPrice = line.unitPrice();
    return columns;
  }

  Cost.Line toDomain() {
    return new Cost.Line(item, provider, units, unitPrice);
  }
}
