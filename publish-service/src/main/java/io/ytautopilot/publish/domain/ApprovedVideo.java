package io.ytautopilot.publish.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A video that may be published, and the signed statement it is published with. Made only by
 * {@link #verify}: every value published comes from the verified statement, never from the event
 * around it.
 *
 * @param claim the event as it came, kept to be verified again when a held attempt resumes
 * @param retry the verified retry authorisation; null for the first attempt
 */
public record ApprovedVideo(ApprovalClaim claim, Statement statement, RetryAuthorisation retry) {

  /**
   * Nothing is published on the event's word alone: the statement (and a retry's authorisation)
   * must be signed with a trusted key, be about this video, name a reviewer at both gates with
   * Gate 2 after Gate 1 (two different people unless the statement allows self-review), and a
   * retry must continue exactly this statement.
   *
   * @throws Unverified naming every problem found
   */
  public static ApprovedVideo verify(ApprovalClaim claim, SignatureCheck signatures) {
    if (claim.statement() == null) {
      throw new Unverified("no signed statement");
    }
    Statement statement = signatures.statement(claim.statement());
    RetryAuthorisation retry = claim.retry() == null ? null : signatures.retry(claim.retry());
    List<String> problems = new ArrayList<>();
    checkStatement(claim, statement, problems);
    if (retry != null) {
      checkRetry(claim, statement, retry, signatures.sha256(claim.statement()), problems);
    }
    if (!problems.isEmpty()) {
      throw new Unverified(String.join("; ", problems));
    }
    return new ApprovedVideo(claim, statement, retry);
  }

  private static void checkStatement(ApprovalClaim claim, Statement statement, List<String> problems) {
    if (!claim.videoId().toString().equals(statement.videoId())) {
      problems.add("the statement is for video " + statement.videoId() + ", not " + claim.videoId());
    }
    if (!claim.workspaceId().equals(statement.workspaceId())) {
      problems.add("the statement is for workspace " + statement.workspaceId() + ", not " + claim.workspaceId());
    }
    Approval gate1 = statement.scriptApproval();
    Approval gate2 = statement.videoApproval();
    checkApproval(gate1, "Gate 1 (script)", problems);
    checkApproval(gate2, "Gate 2 (video)", problems);
    if (gate1.at() != null && gate2.at() != null && !gate2.at().isAfter(gate1.at())) {
      problems.add("Gate 2 was approved at " + gate2.at() + ", not after Gate 1 at " + gate1.at());
    }
    if (!statement.allowSelfReview() && gate1.reviewer().named() && gate2.reviewer().named()
        && gate1.reviewer().samePersonAs(gate2.reviewer())) {
      problems.add("four eyes: " + gate2.reviewer().name() + " approved both gates, which the workspace does not allow");
    }
  }

  private static void checkRetry(ApprovalClaim claim, Statement statement, RetryAuthorisation retry,
      String statementSha256, List<String> problems) {
    if (!claim.videoId().toString().equals(retry.videoId()) || !claim.workspaceId().equals(retry.workspaceId())) {
      problems.add("the retry is for video " + retry.videoId() + " of workspace " + retry.workspaceId());
    }
    if (!statementSha256.equalsIgnoreCase(retry.statementSha256())) {
      problems.add("the retry continues statement " + retry.statementSha256() + ", not this one (" + statementSha256
          + ")");
    }
    if (retry.publishAttempt() < 2) {
      problems.add("a retry authorises attempt 2 or later, not " + retry.publishAttempt());
    }
    checkApproval(retry.retry(), "the retry", problems);
    if (retry.retry().at() != null && !retry.retry().at().isAfter(statement.videoApproval().at())) {
      problems.add("the retry at " + retry.retry().at() + " is not after the Gate 2 approval");
    }
  }

  private static void checkApproval(Approval approval, String what, List<String> problems) {
    if (approval.reviewer() == null || !approval.reviewer().named()) {
      problems.add(what + " names no reviewer");
    }
    if (approval.at() == null) {
      problems.add(what + " has no time");
    }
  }

  public UUID videoId() {
    return claim.videoId();
  }

  public String workspaceId() {
    return claim.workspaceId();
  }

  /** 1 for the Gate 2 approval; a signed retry names the next. */
  public int publishAttempt() {
    return retry == null ? 1 : retry.publishAttempt();
  }

  public String title() {
    return statement.title();
  }

  public String description() {
    return statement.description();
  }

  public List<String> tags() {
    return statement.tags();
  }

  public PublishSettings settings() {
    return statement.settings();
  }

  public Path video() {
    return claim.video();
  }

  public Path thumbnail() {
    return claim.thumbnail();
  }

  /**
   * A verified approval is published only with what it approved: the video and the thumbnail
   * approved at Gate 2, byte for byte.
   *
   * @return every problem found, or empty when the files may be published
   */
  public Optional<String> fileProblem() {
    List<String> problems = new ArrayList<>();
    checkFile(video(), "video", statement.videoSha256(), problems);
    checkFile(thumbnail(), "thumbnail", statement.thumbnailSha256(), problems);
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  private static void checkFile(Path file, String what, String approvedSha256, List<String> problems) {
    if (file == null || !Files.isRegularFile(file)) {
      problems.add("the " + what + " file " + file + " does not exist");
      return;
    }
    String actual;
    try {
      actual = Sha256.hexOf(file);
    } catch (IOException e) {
      problems.add("the " + what + " file " + file + " cannot be read: " + e.getMessage());
      return;
    }
    if (!actual.equalsIgnoreCase(approvedSha256)) {
      problems.add("the " + what + " file " + file + " has SHA-256 " + actual + ", not the approved " + approvedSha256);
    }
  }
}
