package io.ytautopilot.editorial.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One revision of a drafted video: the trend it is about and the package written for it. Revision 1
 * is written from the trend; each later one answers a reviewer's notes on the one before.
 *
 * @param answersNotes the notes this revision answers; null for revision 1
 * @param changeNote the writer's account of what it changed; null for revision 1
 * @param createdAt when this revision was written
 */
public record ScriptDraft(UUID videoId, String workspaceId, UUID trendId, int revision, String answersNotes,
    String changeNote, Instant createdAt, VideoPackage videoPackage) {
  public static final int FIRST_REVISION = 1;

  public static ScriptDraft first(UUID videoId, String workspaceId, UUID trendId, Instant now,
      VideoPackage videoPackage) {
    return new ScriptDraft(videoId, workspaceId, trendId, FIRST_REVISION, null, null, now, videoPackage);
  }

  /**
   * The next revision, answering notes on this one. Empty when the notes are about another
   * revision: a stale or repeated request that this (the latest) revision already supersedes.
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
        rewrite.changeNote(), now, rewrite.videoPackage()));
  }
}
