package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.Cost;
import io.ytautopilot.production.domain.GenerationCost;
import io.ytautopilot.production.domain.ProductionJob;
import java.util.List;
import java.util.Optional;

/**
 * A job as the API shows it, with what its approved revision was estimated to cost (empty when
 * production never priced that revision) and what each of its rendered generations cost.
 */
public record ProductionRecord(ProductionJob job, Optional<Cost> estimate, List<GenerationCost> generationCosts) {
  public ProductionRecord {
    generationCosts = List.copyOf(generationCosts);
  }
}
