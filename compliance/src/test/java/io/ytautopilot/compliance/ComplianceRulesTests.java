package io.ytautopilot.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.compliance.ComplianceFinding.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ComplianceRulesTests {
  private static final List<String> BANNED_WORDS = List.of("miracle", "cure");
  private static final List<String> BANNED_TOPICS = List.of("crypto", "diet pills");
  private static final List<String> TAGS = List.of("space", "webb", "exoplanet", "science", "shorts");

  @Test
  void aBannedWordIsABlockerAndAnUnsourcedStatisticAWarningWithItsWords() {
    var script = new ScriptTexts("Webb finds carbon dioxide", "Webb Finds Carbon Dioxide on WASP-39b",
        "This is the miracle telescope of our time.",
        List.of(scene(1, "Webb looks at a planet 700 light years away."),
            scene(2, "Its atmosphere is 30% denser than Jupiter's, and it is hot."),
            scene(3, "Studies show carbon dioxide there.")),
        "Follow for more.", "What Webb saw, and why it matters. Sources in the comments.", TAGS);

    List<ComplianceFinding> findings = ComplianceRules.review(BANNED_WORDS, BANNED_TOPICS, script);

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
    var script = new ScriptTexts("The crypto rally", "You WON'T Believe This CRYPTO Rally!!", "Markets moved.",
        List.of(scene(1, "Prices rose."), scene(2, "Traders cheered."), scene(3, "Then they fell.")),
        "Follow for more.", "Crypto markets rallied. Here is why.", TAGS);

    assertThat(ComplianceRules.review(BANNED_WORDS, BANNED_TOPICS, script))
        .extracting(ComplianceFinding::rule, ComplianceFinding::severity)
        .contains(Tuple.tuple("banned-topic", Severity.BLOCKER), Tuple.tuple("clickbait", Severity.WARNING));
  }

  @Test
  void aBannedWordMatchesWholeWordsOnlyAndAMissingTextHasNothingToFlag() {
    var script = new ScriptTexts("Cures", "Curious cats", null, List.of(scene(1, "A curfew for cats.")), null, null,
        null);

    assertThat(ComplianceRules.review(BANNED_WORDS, List.of(), script)).isEmpty();
  }

  private static ScriptTexts.Scene scene(int index, String narration) {
    return new ScriptTexts.Scene(index, narration, "text");
  }
}
