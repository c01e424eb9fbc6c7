package io.ytautopilot.publish.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.quarkus.logging.Log;
import io.ytautopilot.eventing.failures.UnverifiedEvent;
import io.ytautopilot.publish.domain.ApprovalClaim;
import io.ytautopilot.publish.domain.ApprovalHandling;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.PublishOutcome;
import io.ytautopilot.publish.domain.PublishTarget;
import io.ytautopilot.publish.domain.PublishTargets;
import io.ytautopilot.publish.domain.SignatureCheck;
import io.ytautopilot.publish.domain.Unverified;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Publishes one approved video on the caller's worker thread: verify the signed statement (an
 * unverified approval changes nothing and goes to the dead-letter topic), check the files, mark
 * PUBLISHING, publish to the workspace's target, mark PUBLISHED (or HELD until the quota allows).
 * Hashing, copying and uploading block, so they run between the transactions rather than inside
 * one; a crash after PUBLISHING leaves the record unacknowledged, and its redelivery verifies and
 * publishes again, which the targets make idempotent, then records the outcome.
 */
@ApplicationScoped
public class VideoPublishing {
  private final PublicationWorkflow workflow;
  private final PublishTargets targets;
  private final SignatureCheck signatures;

  public VideoPublishing(PublicationWorkflow workflow, PublishTargets targets, SignatureCheck signatures) {
    this.workflow = workflow;
    this.targets = targets;
    this.signatures = signatures;
  }

  /**
   * Blocks: call it from a worker thread, never the event loop.
   *
   * @throws UnverifiedEvent when the approval fails verification, before anything is stored: a forgery
   *     must not take the video's attempt number, or a genuine approval of it would be ignored as stale
   */
  public void publish(String eventId, ApprovalClaim claim) {
    ApprovedVideo video;
    try {
      video = ApprovedVideo.verify(claim, signatures);
    } catch (Unverified e) {
      throw new UnverifiedEvent("approval " + eventId + " of video " + claim.videoId() + " is not verified: "
          + e.getMessage());
    }
    var stored = await(() -> workflow.find(video.videoId()));
    var handling = ApprovalHandling.of(stored, video.publishAttempt(), Instant.now());
    if (handling == ApprovalHandling.ALREADY_PUBLISHED || handling == ApprovalHandling.HELD
        || handling == ApprovalHandling.STALE) {
      Log.infof("approval %s of video %s (attempt %d) ignored: %s, stored attempt %d", eventId, video.videoId(),
          video.publishAttempt(), handling, stored.publishAttempt());
      return;
    }
    if (handling.exports()) { // a cancelled video is refused without looking further
      var refusal = video.fileProblem();
      if (refusal.isPresent()) {
        Log.errorf("ALERT publish refused for video %s: %s", video.videoId(), refusal.get());
        await(() -> workflow.fail(eventId, video, refusal.get()));
        return;
      }
    }
    PublishTarget target = targets.forWorkspace(video.workspaceId());
    handling = await(() -> workflow.begin(eventId, video, target.name()));
    if (!handling.exports()) {
      Log.infof("approval %s of video %s not published: %s", eventId, video.videoId(), handling);
      return;
    }
    PublishOutcome outcome;
    try {
      outcome = target.publish(video);
    } catch (RuntimeException e) {
      Log.errorf(e, "publishing video %s (attempt %d) to %s failed", video.videoId(), video.publishAttempt(),
          target.name());
      await(() -> workflow.fail(eventId, video, target.name() + " failed: " + describe(e)));
      return;
    }
    if (outcome instanceof PublishOutcome.Held held) {
      await(() -> workflow.hold(eventId, video, target.name(), held));
      Log.warnf("video %s (attempt %d) held until %s: %s", video.videoId(), video.publishAttempt(), held.retryAt(),
          held.reason());
      return;
    }
    var published = (PublishOutcome.Published) outcome;
    await(() -> workflow.complete(eventId, video, target.name(), published));
    Log.infof("published video %s (attempt %d) to %s: %s", video.videoId(), video.publishAttempt(), target.name(),
        published.location());
  }

  /** Blocks: call it from a worker thread, never the event loop. */
  public void cancel(String eventId, UUID videoId, String workspaceId, String cancelledBy, String why) {
    await(() -> workflow.cancel(eventId, videoId, workspaceId, cancelledBy, why));
  }

  /** The message and its cause's: "cannot export ..." alone would not say which file was missing. */
  private static String describe(RuntimeException e) {
    return e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause();
  }
}
