package io.ytautopilot.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Phase A on a realistic fetch for a science channel (src/test/resources/fixtures/science-trends.json). */
class CurationTests {
  private final List<TrendCandidate> fetched = Fixtures.scienceTrends();

  @Test
  void keepsTheNicheDropsBannedTopicsAndKeepsOneTrendPerStory() {
    List<TrendCandidate> curated = new Curation(10, 0.3).curate(Fixtures.science(), fetched);

    assertThat(curated).extracting(TrendCandidate::title).containsExactly(
        "James Webb Telescope Spots Carbon Dioxide on a Distant Exoplanet",
        "Why Octopuses Have Three Hearts",
        "What Causes the Northern Lights?",
        "Tardigrades Survive the Vacuum of Space",
        "The Physics of Why Ice Is Slippery",
        "How Lightning Forms Inside a Thundercloud");
  }

  @Test
  void keepsOnlyTheBestTopN() {
    assertThat(new Curation(2, 0.3).curate(Fixtures.science(), fetched)).extracting(TrendCandidate::title)
        .containsExactly("James Webb Telescope Spots Carbon Dioxide on a Distant Exoplanet",
            "Why Octopuses Have Three Hearts");
    assertThatThrownBy(() -> new Curation(0, 0.3)).hasMessageContaining("at least one");
  }

  @Test
  void aNicheKeywordKeepsATrendTheScoreJudgedOffTheNiche() {
    var biology = Fixtures.science();
    var gutKeyword = new WorkspaceProfile(biology.workspaceId(), 4, biology.name(), biology.niche(),
        List.of("gut bacteria"), biology.language(), biology.audience(), biology.brand(), biology.targetFormat(),
        biology.targetLengthSeconds(), biology.topicRepeatWindowDays(), Map.of());

    assertThat(new Curation(10, 0.3).curate(gutKeyword, fetched)).extracting(TrendCandidate::title)
        .contains("New Study Links Gut Bacteria to Sleep Quality")
        .doesNotContain("Bitcoin Hits a New High as Crypto Markets Rally",
            "Miracle Diet Pill Cures Obesity, Influencers Claim");
  }
}
