package io.ytautopilot.editorial.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A/B assignment of prompt variants. A video gets, for each phase under an experiment, the variant
 * its id picks: the same video always gets the same variant (a redelivery drafts the same way), and
 * since video ids are random UUIDs the variants come out balanced.
 */
public final class PromptVariants {
  /** The prompt a phase uses when no experiment runs on it. */
  public static final String DEFAULT = "default";

  private PromptVariants() {}

  public static Map<Phase, String> assign(UUID videoId, Map<Phase, List<String>> experiments) {
    Map<Phase, String> assigned = new EnumMap<>(Phase.class);
    experiments.forEach((phase, variants) -> {
      if (!variants.isEmpty()) {
        // each phase hashes differently, so the two assignments of one video are independent
        int bucket = Math.floorMod((videoId.toString() + phase).hashCode(), variants.size());
        assigned.put(phase, variants.get(bucket));
      }
    });
    return Map.copyOf(assigned);
  }

  public static String of(Map<Phase, String> assigned, Phase phase) {
    return assigned.getOrDefault(phase, DEFAULT);
  }
}
