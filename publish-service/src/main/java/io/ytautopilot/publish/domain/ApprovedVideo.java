package io.ytautopilot.publish.domain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A video that review says may be published, with the provenance to prove it and the files to publish. */
public record ApprovedVideo(
    UUID videoId,
    String workspaceId,
    String title,
    String description,
    List<String> tags,
    Approval scriptApproval,
    Approval videoApproval,
    Path video,
    Path thumbnail) {

  public ApprovedVideo {
    Objects.requireNonNull(videoId, "videoId");
    Objects.requireNonNull(workspaceId, "workspaceId");
    tags = List.copyOf(tags);
  }

  /**
   * Nothing is published on the event's word alone: both gates must have been passed by a named
   * reviewer, Gate 2 not before Gate 1, and the files must be there.
   *
   * @return every problem found, or empty when the video may be published
   */
  public Optional<String> refusalReason() {
    List<String> problems = new ArrayList<>();
    checkApproval(scriptApproval, "Gate 1 (script)", problems);
    checkApproval(videoApproval, "Gate 2 (video)", problems);
    if (problems.isEmpty() && videoApproval.at().isBefore(scriptApproval.at())) {
      problems.add("Gate 2 was approved at " + videoApproval.at() + ", before Gate 1 at " + scriptApproval.at());
    }
    checkFile(video, "video", problems);
    checkFile(thumbnail, "thumbnail", problems);
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  private static void checkApproval(Approval approval, String gate, List<String> problems) {
    if (approval == null || approval.reviewer() == null || approval.reviewer().isBlank()) {
      problems.add(gate + " approval names no reviewer");
    }
    if (approval == null || approval.at() == null) {
      problems.add(gate + " approval has no time");
    }
  }

  private static void checkFile(Path file, String what, List<String> problems) {
    if (file == null || !Files.isRegularFile(file)) {
      problems.add("the " + what + " file " + file + " does not exist");
    }
  }
}
