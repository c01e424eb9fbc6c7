package io.ytautopilot.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.compliance.ComplianceFinding;
import io.ytautopilot.compliance.ComplianceFinding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** editorial's pre-review: the shared compliance rules (tested in compliance/) with the workspace's brand. */
class ComplianceReviewTests {

  @Test
  void theWorkspacesBannedWordsAndTopicsApplyToEveryTextOfThePackage() {
    var videoPackage = new VideoPackage("Crypto cures", "A calm title", "Nothing to see.",
        List.of("science", "space", "webb", "planets", "stars"),
        "A hook.", "Follow for more.",
        List.of(scene(1, "A plain start."), scene(2, "This miracle changes everything."), scene(3, "The end.")));

    List<ComplianceFinding> findings = ComplianceReview.review(Fixtures.science(), videoPackage);

    assertThat(findings).extracting(ComplianceFinding::rule, ComplianceFinding::location)
        .contains(org.assertj.core.groups.Tuple.tuple("banned-word", "scene 2"),
            org.assertj.core.groups.Tuple.tuple("banned-topic", "topic"));
    assertThat(findings).filteredOn(finding -> finding.severity() == Severity.BLOCKER).hasSize(2);
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
