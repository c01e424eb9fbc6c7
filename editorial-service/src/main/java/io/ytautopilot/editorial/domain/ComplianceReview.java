package io.ytautopilot.editorial.domain;

import io.ytautopilot.compliance.ComplianceFinding;
import io.ytautopilot.compliance.ComplianceRules;
import io.ytautopilot.compliance.ScriptTexts;
import java.util.List;

/**
 * The compliance pre-review every revision gets before Gate 1, whoever wrote it: the shared
 * compliance rules with the workspace's brand. It flags; the reviewer decides.
 */
public final class ComplianceReview {
  private ComplianceReview() {}

  public static List<ComplianceFinding> review(WorkspaceProfile workspace, VideoPackage videoPackage) {
    return ComplianceRules.review(workspace.brand().bannedWords(), workspace.brand().bannedTopics(),
        new ScriptTexts(videoPackage.topic(), videoPackage.title(), videoPackage.hook(),
            videoPackage.scenes().stream()
                .map(scene -> new ScriptTexts.Scene(scene.index(), scene.narration(), scene.onScreenText()))
                .toList(),
            videoPackage.callToAction(), videoPackage.description(), videoPackage.tags()));
  }
}
