package io.ytautopilot.publish.domain;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * What an approval event claims, before anything in it is trusted: the video, its signed Gate 2
 * statement, the signed authorisation of a retry (null for the first attempt) and where the files
 * are. {@link ApprovedVideo#verify} turns it into something to publish, or refuses it.
 */
public record ApprovalClaim(UUID videoId, String workspaceId, Signed statement, Signed retry, Path video,
    Path thumbnail) {

  public ApprovalClaim {
    Objects.requireNonNull(videoId, "videoId");
    Objects.requireNonNull(workspaceId, "workspaceId");
  }
}
