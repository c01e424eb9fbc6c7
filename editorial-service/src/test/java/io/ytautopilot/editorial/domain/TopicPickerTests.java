package io.ytautopilot.editorial.domain;

import static io.ytautopilot.editorial.domain.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Phase B's deterministic scorer and the workspace memory it obeys. */
class TopicPickerTests {
  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  private static final int WINDOW_DAYS = 90;
  private static final TrendCandidate LIGHTNING = candidate("How Lightning Forms Inside a Thundercloud", 61.5);
  private static final TrendCandidate OCTOPUS = candidate("Why Octopuses Have Three Hearts", 88.2);
  private static final TrendCandidate AURORA = candidate("What Causes the Northern Lights?", 74.0);

  @Test
  void likenessComparesSubjectWordsInSingularOrPlural() {
    assertThat(TopicPicker.likeness("Why Octopuses Have Three Hearts", "The octopus heart")).isGreaterThan(0.4);
    assertThat(TopicPicker.likeness(OCTOPUS.title(), AURORA.title())).isZero();
  }

  @Test
  void ranksTheBestScoredTrendFirstWhateverItsPositionInTheList() {
    assertThat(TopicPicker.eligible(List.of(LIGHTNING, OCTOPUS, AURORA), WorkspaceMemory.empty(), NOW, WINDOW_DAYS))
        .containsExactly(OCTOPUS, AURORA, LIGHTNING);
  }

  @Test
  void neverRepeatsATopicWithinTheWindowEvenWhenWordedDifferently() {
    var memory = memory(used("why octopuses have THREE hearts!", NOW.minus(Duration.ofDays(WINDOW_DAYS - 1))));
    assertThat(TopicPicker.eligible(List.of(LIGHTNING, OCTOPUS, AURORA), memory, NOW, WINDOW_DAYS))
        .containsExactly(AURORA, LIGHTNING);
  }

  @Test
  void allowsTheTopicAgainOnceTheWindowHasPassed() {
    var memory = memory(used(OCTOPUS.title(), NOW.minus(Duration.ofDays(WINDOW_DAYS + 1))));
    assertThat(TopicPicker.eligible(List.of(LIGHTNING, OCTOPUS, AURORA), memory, NOW, WINDOW_DAYS))
        .startsWith(OCTOPUS);
  }

  @Test
  void aRejectedTopicLowersTheScoreOfSimilarCandidates() {
    var octopusEyes = candidate("How Octopuses See Colour Without Colour Vision", 80.0);
    var rejected = new WorkspaceMemory.Entry(UUID.randomUUID(), "Octopuses See Colour With Their Skin",
        "Octopuses See Colour With Their Skin", NOW.minus(Duration.ofDays(200)), NOW.minus(Duration.ofDays(199)),
        "off-brand", 0);
    var ranked = TopicPicker.eligible(List.of(octopusEyes, AURORA), memory(rejected), NOW, WINDOW_DAYS);

    assertThat(ranked).containsExactly(AURORA, octopusEyes);
    assertThat(TopicPicker.rankScore(octopusEyes, memory(rejected))).isLessThan(octopusEyes.score());
    assertThat(TopicPicker.rankScore(AURORA, memory(rejected))).isEqualTo(AURORA.score());
  }

  @Test
  void aWellWatchedTopicRaisesTheScoreOfSimilarCandidates() {
    var octopusEyes = candidate("How Octopuses See Colour Without Colour Vision", 70.0);
    var watched = new WorkspaceMemory.Entry(UUID.randomUUID(), "Octopuses See Colour With Their Skin",
        "Octopuses See Colour With Their Skin", NOW.minus(Duration.ofDays(200)), null, null, 120_000);
    var barelyWatched = new WorkspaceMemory.Entry(UUID.randomUUID(), "Auroras on Jupiter", "Auroras on Jupiter",
        NOW.minus(Duration.ofDays(200)), null, null, 300);
    var memory = memory(watched, barelyWatched);

    assertThat(TopicPicker.rankScore(octopusEyes, memory)).isGreaterThan(octopusEyes.score());
    assertThat(TopicPicker.rankScore(LIGHTNING, memory)).isEqualTo(LIGHTNING.score());
    assertThat(memory.likenessToWatched("Auroras on Jupiter"))
        .as("the same words, but few views next to the best video").isLessThan(0.01);
    assertThat(TopicPicker.eligible(List.of(AURORA, octopusEyes), memory, NOW, WINDOW_DAYS)).startsWith(octopusEyes);
  }

  @Test
  void findsNothingWhenEveryTopicWasUsedWithinTheWindow() {
    var memory = memory(used(OCTOPUS.title(), NOW), used(AURORA.title(), NOW), used(LIGHTNING.title(), NOW));
    assertThat(TopicPicker.eligible(List.of(LIGHTNING, OCTOPUS, AURORA), memory, NOW, WINDOW_DAYS)).isEmpty();
    assertThat(TopicPicker.eligible(List.of(), WorkspaceMemory.empty(), NOW, WINDOW_DAYS)).isEmpty();
  }

  @Test
  void equalScoresKeepTheOrderGiven() {
    var first = candidate("First", 50);
    var second = candidate("Second", 50);
    assertThat(TopicPicker.eligible(List.of(first, second), WorkspaceMemory.empty(), NOW, WINDOW_DAYS))
        .containsExactly(first, second);
  }

  private static WorkspaceMemory memory(WorkspaceMemory.Entry... entries) {
    return new WorkspaceMemory(List.of(entries));
  }

  private static WorkspaceMemory.Entry used(String topic, Instant at) {
    return new WorkspaceMemory.Entry(UUID.randomUUID(), topic, topic + " | Explained", at, null, null, 0);
  }
}
