package io.ytautopilot.editorial.domain;

import static io.ytautopilot.editorial.domain.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private static final String NOTES = "The hook is too slow; open with the surprising fact.";

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

  @Test
  void aRevisionRewordsHookTitleAndCallToActionAndKeepsTheRest() {
    for (String title : TITLES) {
      VideoPackage first = writer.write(candidate(title, 50));
      VideoPackage second = writer.revise(first, 2, NOTES).videoPackage();
      assertThat(second.topic()).isEqualTo(first.topic());
      assertThat(second.title()).isNotEqualTo(first.title()).hasSizeLessThanOrEqualTo(VideoPackage.MAX_TITLE_LENGTH);
      assertThat(second.hook()).isNotEqualTo(first.hook());
      assertThat(second.callToAction()).isNotEqualTo(first.callToAction());
      assertThat(second.description()).isEqualTo(first.description());
      assertThat(second.tags()).isEqualTo(first.tags());
      assertThat(second.scenes()).isEqualTo(first.scenes());
    }
  }

  @Test
  void eachRevisionReadsDifferentlyFromTheOneBeforeAndTheSameRequestGetsTheSameRevision() {
    for (String title : TITLES) {
      VideoPackage previous = writer.write(candidate(title, 50));
      for (int revision = 2; revision <= 6; revision++) {
        VideoPackage next = writer.revise(previous, revision, NOTES).videoPackage();
        assertThat(new OfflineScriptWriter().revise(previous, revision, NOTES).videoPackage()).isEqualTo(next);
        assertThat(next.title()).as("revision %d of %s", revision, title).isNotEqualTo(previous.title());
        assertThat(next.hook()).as("revision %d of %s", revision, title).isNotEqualTo(previous.hook());
        previous = next;
      }
    }
  }

  @Test
  void aLongTopicIsCutAtAWordToFitARevisedTitle() {
    String title = TITLES.get(TITLES.size() - 1);
    VideoPackage second = writer.revise(writer.write(candidate(title, 50)), 2, NOTES).videoPackage();
    assertThat(second.title()).hasSizeLessThanOrEqualTo(VideoPackage.MAX_TITLE_LENGTH).endsWith("\u2026");
    String keptOfTopic = second.title().substring(second.title().indexOf(": ") + 2, second.title().length() - 1);
    assertThat(title).startsWith(keptOfTopic);
  }

  @Test
  void theChangeNoteQuotesTheNotesAndSaysTheyWereNotActedOnWhileThePublishedTextLeavesThemOut() {
    VideoPackage first = writer.write(candidate("Why Octopuses Have Three Hearts", 50));
    ScriptWriter.Rewrite rewrite = writer.revise(first, 2, NOTES);
    assertThat(rewrite.changeNote()).startsWith("Revision 2 ")
        .contains("no language model", "cannot act on the notes \"" + NOTES + "\"");
    // the notes are for the reviewer: none of their words reaches what YouTube viewers see or hear
    VideoPackage published = rewrite.videoPackage();
    List<String> publishedText = new ArrayList<>(List.of(published.title(), published.description(),
        published.hook(), published.callToAction()));
    publishedText.addAll(published.tags());
    published.scenes().forEach(scene -> publishedText.addAll(List.of(scene.narration(), scene.onScreenText())));
    assertThat(publishedText).noneMatch(text -> text.toLowerCase(Locale.ROOT).matches(".*\\b(slow|surprising)\\b.*"));
  }

  @Test
  void aPackageFromAnotherWriterIsRevisedToo() {
    VideoPackage fromElsewhere = writer.write(candidate("Dark matter", 50));
    fromElsewhere = new VideoPackage(fromElsewhere.topic(), "Dark Matter: The Universe's Missing Mass",
        fromElsewhere.description(), fromElsewhere.tags(), "Most of the universe is invisible.",
        "Like and subscribe.", fromElsewhere.scenes());
    VideoPackage revised = writer.revise(fromElsewhere, 2, NOTES).videoPackage();
    assertThat(revised.title()).isNotEqualTo(fromElsewhere.title()).endsWith("Dark matter");
    assertThat(revised.hook()).isNotEqualTo(fromElsewhere.hook()).contains("Dark matter");
  }

  private static int sentences(String text) {
    return (int) text.chars().filter(c -> c == '.' || c == '?' || c == '!').count();
  }
}
