package io.ytautopilot.editorial.domain;

import static io.ytautopilot.editorial.domain.TopicPickerTests.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OfflineScriptWriterTests {
  private static final List<String> TITLES = List.of(
      "Why Octopuses Have Three Hearts",
      "What Causes the Northern Lights?",
      "How Noise-Cancelling Headphones Erase Sound",
      "Caf\u00e9 Chemistry: Why Espresso Crema Forms",
      "Dark matter",
      "What the James Webb Telescope Found in the Early Universe, and Why Astronomers Are Rethinking"
          + " How the First Galaxies Grew So Fast");

  private final ScriptWriter writer = new OfflineScriptWriter();

  @Test
  void theSameTrendAlwaysGetsTheSamePackage() {
    for (String title : TITLES) {
      assertThat(new OfflineScriptWriter().write(candidate(title, 50))).isEqualTo(writer.write(candidate(title, 70)));
    }
  }

  @Test
  void everyPackageKeepsTheLimitsProductionAndYouTubeNeed() {
    for (String title : TITLES) {
      VideoPackage written = writer.write(candidate(title, 50));
      assertThat(written.topic()).isEqualTo(title);
      assertThat(written.title()).hasSizeLessThanOrEqualTo(VideoPackage.MAX_TITLE_LENGTH).isNotBlank();
      assertThat(written.tags()).hasSizeBetween(5, 10).doesNotHaveDuplicates().allSatisfy(tag -> assertThat(tag).isNotBlank());
      assertThat(written.scenes()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(written.scenes()).extracting(VideoPackage.Scene::index)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, written.scenes().size()).boxed().toList());
      assertThat(written.scenes()).allSatisfy(scene -> {
        assertThat(scene.durationSeconds()).isBetween(4, 8);
        assertThat(scene.onScreenText()).hasSizeLessThanOrEqualTo(40);
        assertThat(scene.visualPrompt()).isNotBlank();
      });
      assertThat(written.hook()).isNotBlank();
      assertThat(written.callToAction()).isNotBlank();
    }
  }

  @Test
  void narrationHasOneOrTwoSentencesAndTheDescriptionTwoOrThree() {
    VideoPackage written = writer.write(candidate("Why Octopuses Have Three Hearts", 50));
    assertThat(written.scenes()).allSatisfy(scene -> assertThat(sentences(scene.narration())).isBetween(1, 2));
    assertThat(sentences(written.description())).isBetween(2, 3);
  }

  @Test
  void aLongTrendTitleIsCutAtAWordToFitTheTitleLimit() {
    String title = TITLES.get(TITLES.size() - 1);
    VideoPackage written = writer.write(candidate(title, 50));
    assertThat(title).hasSizeGreaterThan(VideoPackage.MAX_TITLE_LENGTH);
    assertThat(written.title()).hasSizeLessThanOrEqualTo(VideoPackage.MAX_TITLE_LENGTH).endsWith("\u2026");
    assertThat(title).startsWith(written.title().substring(0, written.title().length() - 1));
    assertThat(writer.write(candidate("Dark matter", 50)).title()).isEqualTo("Dark matter | Explained");
  }

  @Test
  void tagsStartWithTheWordsOfTheTopic() {
    assertThat(writer.write(candidate("Why Octopuses Have Three Hearts", 50)).tags())
        .startsWith("octopuses", "three", "hearts").contains("science", "explainer");
  }

  private static int sentences(String text) {
    return (int) text.chars().filter(c -> c == '.' || c == '?' || c == '!').count();
  }
}
