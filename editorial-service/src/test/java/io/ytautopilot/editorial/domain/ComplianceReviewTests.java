package io.ytautopilot.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.editorial.domain.ComplianceFinding.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ComplianceReviewTests {
  private static final List<String> TAGS = List.of("space", "webb", "exoplanet", "science", "shorts");

  @Test
  void aBannedWordIsABlockerAndAnUnsourcedStatisticAWarningWithItsWords() {
    var videoPackage = new VideoPackage("Webb finds carbon dioxide", "Webb Finds Carbon Dioxide on WASP-39b",
        "What Webb saw, and why it matters. Sources in the comments.", TAGS,
        "This is the miracle telescope of our time.", "Follow for more.",
        List.of(scene(1, "Webb looks at a planet 700 light years away."),
            scene(2, "Its atmosphere is 30% denser than Jupiter's, and it is hot."),
            scene(3, "Studies show carbon dioxide there.")));

    List<ComplianceFinding> findings = ComplianceReview.review(Fixtures.science(), videoPackage);

    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.rule()).isEqualTo("banned-word");
      assertThat(finding.severity()).isEqualTo(Severity.BLOCKER);
      assertThat(finding.location()).isEqualTo("hook");
      assertThat(finding.excerpt()).isEqualTo("This is the miracle telescope of our time.");
    });
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.rule()).isEqualTo("claim-needs-source");
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.location()).isEqualTo("scene 2");
      assertThat(finding.excerpt()).isEqualTo("Its atmosphere is 30% denser than Jupiter's, and it is hot.");
    });
    assertThat(findings).anySatisfy(finding -> {
      assertThat(finding.rule()).isEqualTo("claim-needs-source");
      assertThat(finding.location()).isEqualTo("scene 3");
      assertThat(finding.excerpt()).startsWith("Studies show");
    });
    assertThat(findings).noneMatch(finding -> finding.location().equals("scene 1"));
  }

  @Test
  void aBannedTopicIsABlockerAndAShoutingTitleIsFlagged() {
    var videoPackage = new VideoPackage("The crypto rally", "You WON'T Believe This CRYPTO Rally!!",
        "Crypto markets rallied. Here is why.", TAGS, "Markets moved.", "Follow for more.",
        List.of(scene(1, "Prices rose."), scene(2, "Traders cheered."), scene(3, "Then they fell.")));

    List<ComplianceFinding> findings = ComplianceReview.review(Fixtures.science(), videoPackage);

    assertThat(findings).extracting(ComplianceFinding::rule, ComplianceFinding::severity)
        .contains(Tuple.tuple("banned-topic", Severity.BLOCKER),
            Tuple.tuple("clickbait", Severity.WARNING));
  }

  @Test
  void theOfflineWritersPackageOnAPlainTopicPassesClean() {
    var written = new OfflineScriptWriter().write(Fixtures.candidate("Why Octopuses Have Three Hearts", 80));
    assertThat(ComplianceReview.review(Fixtures.science(), written)).isEmpty();
  }

  private static VideoPackage.Scene scene(int index, String narration) {
    return new VideoPackage.Scene(index, narration, "a visual", "text", 6);
  }
}
