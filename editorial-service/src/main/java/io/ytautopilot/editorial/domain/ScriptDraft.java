package io.ytautopilot.editorial.domain;

import io.ytautopilot.compliance.ComplianceFinding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One revision of a drafted video: the trend it is about and the package written for it. Revision 1
 * is written from the trend; each later one answers a reviewer's notes on the one before.
 *
 * @param answersNotes the notes this revision answers; null for revision 1
 * @param changeNote the writer's account of what it changed; null for revision 1
 * @param createdAt when this revision was written
 * @param brief what was decided for the video as a whole; every revision keeps it
 * @param findings the compliance pre-review of this revision
 * @param modelCalls every language model call behind this revision, failed attempts included
 */
public record ScriptDraft(UUID videoId, String workspaceId, UUID trendId, int revision, String answersNotes,
    String changeNote, Instant createdAt, VideoPackage videoPackage, Brief brief, List<ComplianceFinding> findings,
    List<ModelCall> modelCalls) {
  public static final int FIRST_REVISION = 1;

  /**
   * @param targetFormat SHORTS or LONG, from the workspace
   * @param selectionReason why Phase B chose this topic
   * @param promptVariants the A/B prompt variant of each phase under an experiment
   */
  public record Brief(String targetFormat, String selectionReason, Map<Phase, String> promptVariants) {
    public Brief {
      promptVariants = Map.copyOf(promptVariants);
    }
  }

  public ScriptDraft {
    findings = List.copyOf(findings);
    modelCalls = List.copyOf(modelCalls);
  }

  public static ScriptDraft first(UUID videoId, String workspaceId, UUID trendId, Instant now,
      VideoPackage videoPackage, Brief brief, List<ComplianceFinding> findings, List<ModelCall> modelCalls) {
    return new ScriptDraft(videoId, workspaceId, trendId, FIRST_REVISION, null, null, now, videoPackage, brief,
        findings, modelCalls);
  }

  /**
   * The next revision, answering notes on this one, with its own pre-review and model calls still
   * to be added ({@link #checked}). Empty when the notes are about another revision: a stale or
   * repeated request that this (the latest) revision already supersedes.
   */
  public Optional<ScriptDraft> answer(ChangeRequest request, ScriptWriter writer, Instant now) {
    if (request.revision() != revision) {
      return Optional.empty();
    }
    ScriptWriter.Rewrite rewrite = writer.revise(videoPackage, revision + 1, request.notes());
    // the topic is what the workspace has used up and the reviewer asked about: a revision keeps it
    if (!rewrite.videoPackage().topic().equals(videoPackage.topic())) {
      throw new IllegalStateException("revision " + (revision + 1) + " of video " + videoId + " is about '"
          + rewrite.videoPackage().topic() + "' instead of '" + videoPackage.topic() + "'");
    }
    return Optional.of(new ScriptDraft(videoId, workspaceId, trendId, revision + 1, request.notes(),
        rewrite.changeNote(), now, rewrite.videoPackage(), brief, List.of(), List.of()));
  }

  /** This revision with its compliance findings and the model calls that wrote it. */
  public ScriptDraft checked(List<ComplianceFinding> reviewFindings, List<ModelCall> calls) {
    return new ScriptDraft(videoId, workspaceId, trendId, revision, answersNotes, changeNote, createdAt, videoPackage,
        brief, reviewFindings, calls);
  }
}
