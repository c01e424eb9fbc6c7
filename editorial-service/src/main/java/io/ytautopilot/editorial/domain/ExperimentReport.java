package io.ytautopilot.editorial.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How each prompt variant of a workspace's experiments has done, phase by phase: how many videos it
 * drafted, how many passed Gate 1 on their first revision, how many change requests and rejections
 * they drew, and how many views they have now.
 */
public final class ExperimentReport {
  private ExperimentReport() {}

  /** What became of one drafted video. */
  public record VideoOutcome(Map<Phase, String> promptVariants, boolean passedGate1FirstTime, int changeRequests,
      boolean rejected, long views) {}

  public record Row(Phase phase, String variant, int videosDrafted, int passedGate1FirstTime,
      int changesRequested, int rejected, long totalViews) {}

  /**
   * One row per phase and variant: those of the workspace's current experiments first (zero rows
   * included, so a new variant shows), then any variant only older videos used.
   */
  public static List<Row> of(Map<Phase, List<String>> experiments, List<VideoOutcome> videos) {
    List<Row> rows = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      List<String> variants = new ArrayList<>(experiments.getOrDefault(phase, List.of()));
      videos.stream().map(video -> video.promptVariants().get(phase))
          .filter(variant -> variant != null && !variants.contains(variant)).distinct().forEach(variants::add);
      for (String variant : variants) {
        List<VideoOutcome> drafted = videos.stream()
            .filter(video -> variant.equals(video.promptVariants().get(phase))).toList();
        rows.add(new Row(phase, variant, drafted.size(),
            (int) drafted.stream().filter(VideoOutcome::passedGate1FirstTime).count(),
            drafted.stream().mapToInt(VideoOutcome::changeRequests).sum(),
            (int) drafted.stream().filter(VideoOutcome::rejected).count(),
            drafted.stream().mapToLong(VideoOutcome::views).sum()));
      }
    }
    return List.copyOf(rows);
  }
}
