package io.ytautopilot.review.domain;

import io.ytautopilot.compliance.ComplianceFinding;
import io.ytautopilot.compliance.ComplianceRules;
import io.ytautopilot.compliance.ScriptTexts;
import java.util.List;

/**
 * A reviewer's Gate 1 edit, checked like a draft: the shared compliance rules (editorial's) run on
 * the edited revision with the workspace's brand. Its findings replace editorial's, which were made
 * on the text before the edit; a BLOCKER the edit adds stops the approval.
 */
final class EditReview {
  private EditReview() {}

  /** Every finding of the revision, as Gate 1 and Gate 2 show them. */
  static List<Drafting.Finding> findings(Script script, ReviewPolicy policy) {
    return ComplianceRules.review(policy.bannedWords(), policy.bannedTopics(), texts(script)).stream()
        .map(finding -> new Drafting.Finding(finding.rule(), finding.severity().name(), finding.message(),
            finding.excerpt(), finding.location()))
        .toList();
  }

  /** The blockers among the edited revision's findings that the revision before it did not have. */
  static List<Drafting.Finding> addedBlockers(Script before, List<Drafting.Finding> edited, ReviewPolicy policy) {
    var earlier = findings(before, policy).stream().filter(EditReview::blocks).toList();
    return edited.stream()
        .filter(EditReview::blocks)
        .filter(finding -> earlier.stream().noneMatch(old -> old.rule().equals(finding.rule())
            && old.message().equals(finding.message()) && old.location().equals(finding.location())))
        .toList();
  }

  private static boolean blocks(Drafting.Finding finding) {
    return ComplianceFinding.Severity.BLOCKER.name().equals(finding.severity());
  }

  private static ScriptTexts texts(Script script) {
    return new ScriptTexts(script.topic(), script.title(), script.hook(),
        script.scenes().stream()
            .map(scene -> new ScriptTexts.Scene(scene.index(), scene.narration(), scene.onScreenText()))
            .toList(),
        script.callToAction(), script.description(), script.tags());
  }
}
