package io.ytautopilot.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TopicPickerTests {
  private static final TrendCandidate LIGHTNING = candidate("How Lightning Forms Inside a Thundercloud", 61.5);
  private static final TrendCandidate OCTOPUS = candidate("Why Octopuses Have Three Hearts", 88.2);
  private static final TrendCandidate AURORA = candidate("What Causes the Northern Lights?", 74.0);

  @Test
  void aTopicKeyIgnoresCaseAccentsPunctuationAndArticles() {
    assertThat(TopicPicker.keyOf("The James Webb Telescope!")).isEqualTo("james webb telescope");
    assertThat(TopicPicker.keyOf("  james   WEBB telescope")).isEqualTo("james webb telescope");
    assertThat(TopicPicker.keyOf("Schr\u00f6dinger's Cat, Explained")).isEqualTo("schrodinger s cat explained");
    assertThat(TopicPicker.keyOf("Why Is the Sky Blue?")).isEqualTo("why is sky blue");
  }

  @Test
  void picksTheBestScoredTrendWhateverItsPositionInTheList() {
    assertThat(TopicPicker.pick(List.of(LIGHTNING, OCTOPUS, AURORA), Set.of())).contains(OCTOPUS);
  }

  @Test
  void skipsTopicsTheWorkspaceHasUsedEvenWhenWordedDifferently() {
    var used = Set.of(TopicPicker.keyOf("why octopuses have THREE hearts!"));
    assertThat(TopicPicker.pick(List.of(LIGHTNING, OCTOPUS, AURORA), used)).contains(AURORA);
  }

  @Test
  void findsNothingWhenEveryTopicIsUsed() {
    var used = Set.of(TopicPicker.keyOf(OCTOPUS.title()), TopicPicker.keyOf(AURORA.title()),
        TopicPicker.keyOf(LIGHTNING.title()));
    assertThat(TopicPicker.pick(List.of(LIGHTNING, OCTOPUS, AURORA), used)).isEmpty();
    assertThat(TopicPicker.pick(List.of(), Set.of())).isEmpty();
  }

  @Test
  void equalScoresGoToTheTrendListedFirst() {
    var first = candidate("First", 50);
    var second = candidate("Second", 50);
    assertThat(TopicPicker.pick(List.of(first, second), Set.of())).contains(first);
  }

  static TrendCandidate candidate(String title, double score) {
    return new TrendCandidate(UUID.randomUUID(), title, "test feed", null, score);
  }
}
