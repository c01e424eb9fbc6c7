package io.ytautopilot.production.persistence;

import io.ytautopilot.production.domain.Cost;
import io.ytautopilot.production.domain.GenerationCost;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.media.StoredAsset;
import java.util.List;
import java.util.Optional;

/**
 * A job as the API shows it, with what its approved revision was estimated to cost (empty when
 * production never priced that revision), what each of its rendered generations cost, and the
 * finished files of each generation as the asset store keeps them.
 */
public record ProductionRecord(ProductionJob job, Optional<Cost> estimate, List<GenerationCost> generationCosts,
    List<Stored> storedAssets) {
  public ProductionRecord {
    generationCosts = List.copyOf(generationCosts);
    storedAssets = List.copyOf(storedAssets);
  }

  /** A finished file of one generation: its role (video, thumbnail, voice-over, subtitles) and where it is kept. */
  public record Stored(int generation, String role, StoredAsset asset) {}
}
