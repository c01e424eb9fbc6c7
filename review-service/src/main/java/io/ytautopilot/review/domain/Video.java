package io.ytautopilot.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A video under review. Every change goes through the transition table ({@link Transitions}); a
 * command the table does not allow throws {@link IllegalTransition}, an event it does not allow is
 * stale and changes nothing (empty result). Each change returns the history entry and the event to
 * emit, for the caller to store with the new state in one transaction.
 */
public final class Video {
  private final UUID id;
  private final String workspaceId;
  private final long version;
  private VideoState state;
  private Script script;
  private Assets assets;
  private Approval scriptApproval;
  private int approvedRevision;
  private Approval videoApproval;
  private int generation;
  private int publishAttempt;
  private Instant publishAt;
  private PublishOptions publishOptions;
  private List<Integer> scenesToRegenerate = List.of();
  private String lastFailure;
  private String publishedLocation;
  private double spent;
  private Signed publicationStatement;
  private Signed retryAuthorisation;

  /**
   * Everything stored about a video, for persistence.
   *
   * @param publicationStatement signed at Gate 2 approval; null before it
   * @param retryAuthorisation signed by the latest publish retry; null for the first attempt
   */
  public record Snapshot(UUID id, String workspaceId, long version, VideoState state, Script script, Assets assets,
      Approval scriptApproval, int approvedRevision, Approval videoApproval, int generation, int publishAttempt,
      Instant publishAt, PublishOptions publishOptions, List<Integer> scenesToRegenerate, String lastFailure,
      String publishedLocation, double spent, Signed publicationStatement, Signed retryAuthorisation) {}

  private Video(UUID id, String workspaceId, long version, VideoState state, Script script) {
    this.id = Objects.requireNonNull(id);
    this.workspaceId = Objects.requireNonNull(workspaceId);
    this.version = version;
    this.state = Objects.requireNonNull(state);
    this.script = Objects.requireNonNull(script);
  }

  /** A new video and the change that created it. */
  public record Opened(Video video, Change change) {}

  /** A first script draft enters Gate 1. */
  public static Opened drafted(UUID id, String workspaceId, Script script, Instant at) {
    var rule = Transitions.TABLE.stream().filter(r -> r.from().isEmpty() && r.trigger() == Trigger.SCRIPT_DRAFTED)
        .findFirst().orElseThrow(() -> new IllegalStateException("the table has no row creating a video"));
    var entry = new HistoryEntry(null, rule.to(), Trigger.SCRIPT_DRAFTED.name(), script.author(), at,
        "revision " + script.revision(), null);
    return new Opened(new Video(id, workspaceId, 0, rule.to(), script), new Change(entry, rule.effect()));
  }

  /** Rebuilds a stored video; no rules are checked. */
  public static Video restore(Snapshot stored) {
    var video = new Video(stored.id(), stored.workspaceId(), stored.version(), stored.state(), stored.script());
    video.assets = stored.assets();
    video.scriptApproval = stored.scriptApproval();
    video.approvedRevision = stored.approvedRevision();
    video.videoApproval = stored.videoApproval();
    video.generation = stored.generation();
    video.publishAttempt = stored.publishAttempt();
    video.publishAt = stored.publishAt();
    video.publishOptions = stored.publishOptions();
    video.scenesToRegenerate = List.copyOf(stored.scenesToRegenerate());
    video.lastFailure = stored.lastFailure();
    video.publishedLocation = stored.publishedLocation();
    video.spent = stored.spent();
    video.publicationStatement = stored.publicationStatement();
    video.retryAuthorisation = stored.retryAuthorisation();
    return video;
  }

  public Snapshot snapshot() {
    return new Snapshot(id, workspaceId, version, state, script, assets, scriptApproval, approvedRevision,
        videoApproval, generation, publishAttempt, publishAt, publishOptions, scenesToRegenerate, lastFailure,
        publishedLocation, spent, publicationStatement, retryAuthorisation);
  }

  /** Refuses to act on a version the caller did not see, when the caller says which one it saw. */
  public void expectVersion(Long expected) {
    if (expected != null && expected != version) {
      throw new StaleVersion(id, expected, version, state);
    }
  }

  // --- reviewer commands -------------------------------------------------------------------

  /**
   * Gate 1: approve the script, edited or as drafted; production may generate it. Edits are checked
   * like a draft (the workspace's compliance rules); a blocker they add needs an admin's override.
   *
   * @param override null, or an admin's reason to approve an edit the rules block
   */
  public Change approveScript(Approval approval, ScriptEdits edits, ReviewPolicy policy, ComplianceOverride override) {
    var rule = allowed(Trigger.APPROVE_SCRIPT);
    Script edited = null;
    String comment = approval.comment();
    if (edits != null && !edits.isEmpty()) {
      var candidate = script.edited(edits, approval.reviewer());
      var findings = EditReview.findings(candidate, policy);
      var added = EditReview.addedBlockers(script, findings, policy);
      if (!added.isEmpty() && override == null) {
        throw new ComplianceBlocked(added);
      }
      if (!added.isEmpty()) {
        comment = (comment == null ? "" : comment + "; ") + "compliance override by " + override.admin() + ": "
            + override.reason() + " (" + added.size() + " blocker" + (added.size() == 1 ? "" : "s") + ")";
      }
      edited = candidate.checked(findings);
    }
    var change = move(rule, approval.reviewer(), approval.at(), comment);
    if (edited != null) {
      script = edited;
    }
    scriptApproval = approval;
    approvedRevision = script.revision();
    generation = 1;
    return change;
  }

  /** Gate 1: send the script back to editorial with the reviewer's notes. */
  public Change requestChanges(Approval request) {
    requireText(request.comment(), "notes for the writer");
    return command(Trigger.REQUEST_CHANGES, request.reviewer(), request.at(), request.comment());
  }

  public Change rejectScript(Approval rejection) {
    return command(Trigger.REJECT_SCRIPT, rejection.reviewer(), rejection.at(), rejection.comment());
  }

  /**
   * Gate 2: approve the rendered video for publishing; requires the Gate 1 approval of this script,
   * by another reviewer unless the workspace allows self-review. The approval is signed now, with
   * everything it publishes and the policy it was checked against: publish-service publishes nothing
   * else.
   */
  public Change approveVideo(Approval approval, PublishOptions options, ReviewPolicy policy, ApprovalSigner signer) {
    if (assets != null && (isBlank(assets.videoSha256()) || isBlank(assets.thumbnailSha256()))) {
      throw new IllegalTransition(id, state, Trigger.APPROVE_VIDEO,
          "the rendered files carry no SHA-256 to approve; regenerate the video");
    }
    var rule = allowed(Trigger.APPROVE_VIDEO);
    policy.checkGate2(workspaceId, scriptApproval, approval);
    var change = move(rule, approval.reviewer(), approval.at(), approval.comment());
    videoApproval = approval;
    publishOptions = options.publishAt() == null && publishAt != null
        ? new PublishOptions(publishAt, options.privacyStatus(), options.madeForKids(), options.containsSyntheticMedia())
        : options;
    publishAt = publishOptions.publishAt();
    publishAttempt = 1;
    publicationStatement = signer.publication(this, policy);
    retryAuthorisation = null;
    return change;
  }

  /** Gate 2: render the named scenes again and keep the others. */
  public Change regenerateScenes(Approval request, List<Integer> scenes) {
    if (scenes == null || scenes.isEmpty()) {
      throw new IllegalArgumentException("name at least one scene to regenerate");
    }
    var unknown = scenes.stream().filter(index -> !script.hasScene(index)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("the script has no scene " + unknown);
    }
    var change = command(Trigger.REGENERATE_SCENES, request.reviewer(), request.at(),
        "scenes " + scenes + (request.comment() == null ? "" : ": " + request.comment()));
    scenesToRegenerate = scenes.stream().distinct().sorted().toList();
    generation++;
    return change;
  }

  public Change rejectVideo(Approval rejection) {
    return command(Trigger.REJECT_VIDEO, rejection.reviewer(), rejection.at(), rejection.comment());
  }

  /**
   * After a failed generation or publication: ask for the next generation or attempt. A publish
   * retry is signed as the requester's own authorisation of the next attempt of the Gate 2 statement.
   */
  public Change retry(Approval request, ApprovalSigner signer) {
    var failedState = state;
    var change = command(Trigger.RETRY, request.reviewer(), request.at(), request.comment());
    if (failedState == VideoState.GENERATION_FAILED) {
      generation++;
    } else {
      publishAttempt++;
      retryAuthorisation = signer.retry(this, request);
    }
    return change;
  }

  /** Sets when the video goes public once approved; null clears the schedule. */
  public Change schedule(String actor, Instant at, Instant publishTime) {
    if (publishTime != null && !publishTime.isAfter(at)) {
      throw new IllegalArgumentException("publishAt must be in the future, not " + publishTime);
    }
    var change = command(Trigger.SCHEDULE, actor, at,
        publishTime == null ? "publish as soon as approved" : "publish at " + publishTime);
    publishAt = publishTime;
    return change;
  }

  public Change cancel(String actor, Instant at, String reason) {
    requireText(reason, "a reason");
    return command(Trigger.CANCEL, actor, at, reason);
  }

  // --- events from other services ------------------------------------------------------------

  /** editorial answered a change request with a new revision. */
  public Optional<Change> scriptRevised(Script revised, Instant at) {
    return event(Trigger.SCRIPT_DRAFTED, revised.revision(), revised.author(), at, "revision " + revised.revision())
        .map(change -> {
          script = revised;
          return change;
        });
  }

  public Optional<Change> generationStarted(int forGeneration, Instant at) {
    return event(Trigger.GENERATION_STARTED, forGeneration, "production-service", at,
        "generation " + forGeneration);
  }

  public Optional<Change> assetsGenerated(Assets generated, Instant at) {
    return event(Trigger.ASSETS_GENERATED, generated.generation(), "production-service", at,
        "generation " + generated.generation()).map(change -> {
          assets = generated;
          spent += generated.cost();
          scenesToRegenerate = List.of();
          lastFailure = null;
          return change;
        });
  }

  /** @param cost USD paid for what rendered before the failure */
  public Optional<Change> generationFailed(int forGeneration, String reason, double cost, Instant at) {
    return event(Trigger.GENERATION_FAILED, forGeneration, "production-service", at, reason).map(change -> {
      lastFailure = reason;
      spent += cost;
      return change;
    });
  }

  public Optional<Change> publishStarted(int attempt, Instant at) {
    return event(Trigger.PUBLISH_STARTED, attempt, "publish-service", at, "attempt " + attempt);
  }

  public Optional<Change> published(int attempt, String location, Instant at) {
    return event(Trigger.VIDEO_PUBLISHED, attempt, "publish-service", at, location).map(change -> {
      publishedLocation = location;
      lastFailure = null;
      return change;
    });
  }

  /** publish-service waits (e.g. for the channel's quota); the video can still be cancelled meanwhile. */
  public Optional<Change> publishHeld(int attempt, String reason, Instant at) {
    return event(Trigger.PUBLISH_HELD, attempt, "publish-service", at, reason);
  }

  public Optional<Change> publishFailed(int attempt, String reason, Instant at) {
    return event(Trigger.PUBLISH_FAILED, attempt, "publish-service", at, reason).map(change -> {
      lastFailure = reason;
      return change;
    });
  }

  // --- the table ------------------------------------------------------------------------------

  private Change command(Trigger trigger, String actor, Instant at, String comment) {
    return move(allowed(trigger), actor, at, comment);
  }

  /** The table's row for this command in the current state; changes nothing. */
  private Transitions.Rule allowed(Trigger trigger) {
    var rule = Transitions.rule(state, trigger).orElseThrow(() -> new IllegalTransition(id, state, trigger, null));
    if (!holds(rule.guard(), 0)) {
      // cannot happen through the table; refuse loudly rather than let a video past a gate
      throw new IllegalTransition(id, state, trigger, "the guard '" + rule.guard().label() + "' does not hold");
    }
    return rule;
  }

  private Optional<Change> event(Trigger trigger, int number, String actor, Instant at, String comment) {
    return Transitions.rule(state, trigger)
        .filter(rule -> holds(rule.guard(), number))
        .map(rule -> move(rule, actor, at, comment));
  }

  /** @param number the event's revision, generation or attempt, for the guards that compare it */
  private boolean holds(Guard guard, int number) {
    return switch (guard) {
      case NONE -> true;
      case NEWER_REVISION -> number > script.revision();
      case CURRENT_GENERATION -> number == generation;
      case CURRENT_ATTEMPT -> number == publishAttempt;
      case APPROVED_CURRENT_ATTEMPT -> videoApproval != null && number == publishAttempt;
      case SCRIPT_APPROVED_AT_CURRENT_REVISION -> scriptApproval != null && approvedRevision == script.revision()
          && assets != null && assets.generation() == generation;
    };
  }

  private Change move(Transitions.Rule rule, String actor, Instant at, String comment) {
    var entry = new HistoryEntry(state, rule.to(), rule.trigger().name(), actor, at, comment, null);
    state = rule.to();
    return new Change(entry, rule.effect());
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static void requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("this decision needs " + what);
    }
  }

  public UUID id() { return id; }
  public String workspaceId() { return workspaceId; }
  public long version() { return version; }
  public VideoState state() { return state; }
  public Script script() { return script; }
  public Optional<Assets> assets() { return Optional.ofNullable(assets); }
  public Optional<Approval> scriptApproval() { return Optional.ofNullable(scriptApproval); }
  public int approvedRevision() { return approvedRevision; }
  public Optional<Approval> videoApproval() { return Optional.ofNullable(videoApproval); }
  public int generation() { return generation; }
  public int publishAttempt() { return publishAttempt; }
  public Optional<Instant> publishAt() { return Optional.ofNullable(publishAt); }
  public Optional<PublishOptions> publishOptions() { return Optional.ofNullable(publishOptions); }
  public List<Integer> scenesToRegenerate() { return scenesToRegenerate; }
  public Optional<String> lastFailure() { return Optional.ofNullable(lastFailure); }
  public Optional<String> publishedLocation() { return Optional.ofNullable(publishedLocation); }
  /** What the generations delivered so far cost, in USD. */
  public double spent() { return spent; }
  public Optional<Signed> publicationStatement() { return Optional.ofNullable(publicationStatement); }
  public Optional<Signed> retryAuthorisation() { return Optional.ofNullable(retryAuthorisation); }
}
