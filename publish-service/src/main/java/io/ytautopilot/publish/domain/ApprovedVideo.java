package io.ytautopilot.publish.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A video that review says may be published, with the provenance to prove it and the files to publish.
 *
 * @param publishAttempt 1 for the first approval; review sends the next number with each retry
 * @param provenance the signed approvals; null when the event carried none
 */
public record ApprovedVideo(
    UUID videoId,
    String workspaceId,
    int publishAttempt,
    String title,
    String description,
    List<String> tags,
    PublishSettings settings,
    Provenance provenance,
    Path video,
    Path thumbnail) {

  public ApprovedVideo {
    Objects.requireNonNull(videoId, "videoId");
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(settings, "settings");
    tags = List.copyOf(tags);
  }

  /**
   * Nothing is published on the event's word alone: the provenance must be signed with a trusted
   * key, be about this video, and name a reviewer at both gates, Gate 2 after Gate 1.
   *
   * @return every problem found, or empty when the approval is verified
   */
  public Optional<String> verificationProblem(SignatureCheck signatures) {
    List<String> problems = new ArrayList<>();
    if (provenance == null) {
      problems.add("no provenance record");
    } else {
      signatures.problem(provenance).ifPresent(problems::add);
      checkProvenance(problems);
    }
    return joined(problems);
  }

  /**
   * A verified approval is published only with what it approved: the video file the one approved at
   * Gate 2, byte for byte, and a thumbnail.
   *
   * @return every problem found, or empty when the files may be published
   */
  public Optional<String> fileProblem() {
    List<String> problems = new ArrayList<>();
    checkVideoFile(problems);
    if (thumbnail == null || !Files.isRegularFile(thumbnail)) {
      problems.add("the thumbnail file " + thumbnail + " does not exist");
    }
    return joined(problems);
  }

  private static Optional<String> joined(List<String> problems) {
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  private void checkProvenance(List<String> problems) {
    if (!videoId.toString().equals(provenance.videoId())) {
      problems.add("the provenance is for video " + provenance.videoId() + ", not " + videoId);
    }
    if (!workspaceId.equals(provenance.workspaceId())) {
      problems.add("the provenance is for workspace " + provenance.workspaceId() + ", not " + workspaceId);
    }
    Approval gate1 = provenance.scriptApproval();
    Approval gate2 = provenance.videoApproval();
    checkApproval(gate1, "Gate 1 (script)", problems);
    checkApproval(gate2, "Gate 2 (video)", problems);
    if (gate1 != null && gate2 != null && gate1.at() != null && gate2.at() != null && !gate2.at().isAfter(gate1.at())) {
      problems.add("Gate 2 was approved at " + gate2.at() + ", not after Gate 1 at " + gate1.at());
    }
  }

  private static void checkApproval(Approval approval, String gate, List<String> problems) {
    if (approval == null || approval.reviewer() == null || approval.reviewer().isBlank()) {
      problems.add(gate + " approval names no reviewer");
    }
    if (approval == null || approval.at() == null) {
      problems.add(gate + " approval has no time");
    }
  }

  private void checkVideoFile(List<String> problems) {
    if (video == null || !Files.isRegularFile(video)) {
      problems.add("the video file " + video + " does not exist");
      return;
    }
    if (provenance == null) {
      return;
    }
    String actual;
    try {
      actual = Sha256.hexOf(video);
    } catch (IOException e) {
      problems.add("the video file " + video + " cannot be read: " + e.getMessage());
      return;
    }
    if (!actual.equalsIgnoreCase(provenance.videoSha256())) {
      problems.add("the video file " + video + " has SHA-256 " + actual + ", not the approved "
          + provenance.videoSha256());
    }
  }
}
