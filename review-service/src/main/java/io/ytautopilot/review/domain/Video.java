package io.ytautopilot.review.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A video under review. Every change goes through {@link #apply}, which checks the transition
 * table; the methods return the history entry the change produced, for the caller to store with
 * the new state and the outgoing event in one transaction.
 */
public final class Video {
  private final UUID id;
  private final String workspaceId;
  private final long version;
  private final Script script;
  private VideoState state;
  private Assets assets;
  private Approval scriptApproval;
  private Approval videoApproval;
  private String publishedLocation;

  private Video(UUID id, String workspaceId, long version, VideoState state, Script script) {
    this.id = Objects.requireNonNull(id);
    this.workspaceId = Objects.requireNonNull(workspaceId);
    this.version = version;
    this.state = Objects.requireNonNull(state);
    this.script = Objects.requireNonNull(script);
  }

  /** A new script draft enters Gate 1. */
  public static Video drafted(UUID id, String workspaceId, Script script) {
    return new Video(id, workspaceId, 0, VideoState.SCRIPT_PENDING_REVIEW, script);
  }

  /** Rebuilds a stored video; no rules are checked. */
  public static Video restore(UUID id, String workspaceId, long version, VideoState state, Script script,
      Assets assets, Approval scriptApproval, Approval videoApproval, String publishedLocation) {
    var video = new Video(id, workspaceId, version, state, script);
    video.assets = assets;
    video.scriptApproval = scriptApproval;
    video.videoApproval = videoApproval;
    video.publishedLocation = publishedLocation;
    return video;
  }

  /** Refuses to act on a version the caller did not see, when the caller says which one it saw. */
  public void expectVersion(Long expected) {
    if (expected != null && expected != version) {
      throw new StaleVersion(id, expected, version, state);
    }
  }

  /** A human decision at Gate 1 or Gate 2. */
  public HistoryEntry decide(Command decision, Approval approval) {
    return switch (decision) {
      case APPROVE_SCRIPT -> approveScript(approval);
      case REJECT_SCRIPT -> rejectScript(approval);
      case APPROVE_VIDEO -> approveVideo(approval);
      case REJECT_VIDEO -> rejectVideo(approval);
      default -> throw new IllegalArgumentException(decision + " is not a reviewer's decision");
    };
  }

  public HistoryEntry approveScript(Approval approval) {
    var entry = apply(Command.APPROVE_SCRIPT, approval.reviewer(), approval.at(), approval.comment());
    scriptApproval = approval;
    return entry;
  }

  public HistoryEntry rejectScript(Approval rejection) {
    return apply(Command.REJECT_SCRIPT, rejection.reviewer(), rejection.at(), rejection.comment());
  }

  public HistoryEntry recordAssets(Assets generated, String producer, Instant at) {
    var entry = apply(Command.RECORD_ASSETS, producer, at, null);
    assets = Objects.requireNonNull(generated);
    return entry;
  }

  public HistoryEntry approveVideo(Approval approval) {
    if (state == VideoState.VIDEO_PENDING_REVIEW && scriptApproval == null) {
      // cannot happen through the table; refuse loudly rather than emit an unapproved publish
      throw new IllegalStateException("video " + id + " reached Gate 2 without a Gate 1 approval");
    }
    var entry = apply(Command.APPROVE_VIDEO, approval.reviewer(), approval.at(), approval.comment());
    videoApproval = approval;
    return entry;
  }

  public HistoryEntry rejectVideo(Approval rejection) {
    return apply(Command.REJECT_VIDEO, rejection.reviewer(), rejection.at(), rejection.comment());
  }

  public HistoryEntry recordPublication(String location, String publisher, Instant at) {
    var entry = apply(Command.RECORD_PUBLICATION, publisher, at, location);
    publishedLocation = location;
    return entry;
  }

  private HistoryEntry apply(Command command, String actor, Instant at, String comment) {
    var target = Transitions.target(state, command)
        .orElseThrow(() -> new IllegalTransition(id, state, command));
    var entry = new HistoryEntry(state, target, command.name(), actor, at, comment, null);
    state = target;
    return entry;
  }

  public UUID id() { return id; }
  public String workspaceId() { return workspaceId; }
  public long version() { return version; }
  public VideoState state() { return state; }
  public Script script() { return script; }
  public Optional<Assets> assets() { return Optional.ofNullable(assets); }
  public Optional<Approval> scriptApproval() { return Optional.ofNullable(scriptApproval); }
  public Optional<Approval> videoApproval() { return Optional.ofNullable(videoApproval); }
  public Optional<String> publishedLocation() { return Optional.ofNullable(publishedLocation); }
}
