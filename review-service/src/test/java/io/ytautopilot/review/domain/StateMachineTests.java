package io.ytautopilot.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every (state, trigger) pair does what the table says, and nothing else. */
class StateMachineTests {
  private static final Instant LATER = Fixtures.T0.plusSeconds(60);
  private static final Approval CAROL = Fixtures.decision("carol", LATER, "ok");

  /** How each command is issued in a test; events below. */
  private static final Map<Trigger, Function<Video, Change>> COMMANDS = Map.of(
      Trigger.APPROVE_SCRIPT, video -> video.approveScript(CAROL, null, ReviewPolicy.FOUR_EYES, null),
      Trigger.REQUEST_CHANGES, video -> video.requestChanges(Fixtures.decision("carol", LATER, "shorter")),
      Trigger.REJECT_SCRIPT, video -> video.rejectScript(CAROL),
      Trigger.APPROVE_VIDEO, video -> video.approveVideo(CAROL, PublishOptions.defaults(null), ReviewPolicy.FOUR_EYES, Fixtures.SIGNER),
      Trigger.REGENERATE_SCENES, video -> video.regenerateScenes(CAROL, List.of(2)),
      Trigger.REJECT_VIDEO, video -> video.rejectVideo(CAROL),
      Trigger.RETRY, video -> video.retry(CAROL, Fixtures.SIGNER),
      Trigger.SCHEDULE, video -> video.schedule("carol", LATER, LATER.plusSeconds(3600)),
      Trigger.CANCEL, video -> video.cancel("carol", LATER, "not needed"));

  /** Events carrying the video's current revision+1, generation and attempt: never stale by number. */
  private static final Map<Trigger, Function<Video, Optional<Change>>> EVENTS = Map.of(
      Trigger.SCRIPT_DRAFTED, video -> video.scriptRevised(Fixtures.script(video.script().revision() + 1), LATER),
      Trigger.GENERATION_STARTED, video -> video.generationStarted(video.generation(), LATER),
      Trigger.ASSETS_GENERATED, video -> video.assetsGenerated(Fixtures.assets(video.generation()), LATER),
      Trigger.GENERATION_FAILED, video -> video.generationFailed(video.generation(), "boom", 0, LATER),
      Trigger.PUBLISH_STARTED, video -> video.publishStarted(video.publishAttempt(), LATER),
      Trigger.VIDEO_PUBLISHED, video -> video.published(video.publishAttempt(), "/export/v", LATER),
      Trigger.PUBLISH_HELD, video -> video.publishHeld(video.publishAttempt(), "quota", LATER),
      Trigger.PUBLISH_FAILED, video -> video.publishFailed(video.publishAttempt(), "quota", LATER));

  @Test
  void everyStateAndTriggerPairIsEitherItsTableRowOrRefused() {
    int moves = 0;
    int refusals = 0;
    for (VideoState from : VideoState.values()) {
      for (Trigger trigger : Trigger.values()) {
        Video video = Fixtures.in(from);
        var row = Transitions.rule(from, trigger);
        if (trigger.kind() == Trigger.Kind.COMMAND) {
          if (row.isPresent()) {
            Change change = COMMANDS.get(trigger).apply(video);
            assertThat(change.entry().to()).as("%s + %s", from, trigger).isEqualTo(row.get().to());
            assertThat(change.effect()).isEqualTo(row.get().effect());
            moves++;
          } else {
            assertThatThrownBy(() -> COMMANDS.get(trigger).apply(video)).as("%s + %s", from, trigger)
                .isInstanceOf(IllegalTransition.class).hasMessageContaining(from.name());
            refusals++;
          }
        } else {
          Optional<Change> change = EVENTS.get(trigger).apply(video);
          assertThat(change.map(c -> c.entry().to())).as("%s + %s", from, trigger)
              .isEqualTo(row.map(Transitions.Rule::to));
          if (change.isPresent()) {
            moves++;
          } else {
            refusals++;
          }
        }
        assertThat(video.state()).isEqualTo(row.map(Transitions.Rule::to).orElse(from));
      }
    }
    assertThat(moves).isEqualTo(Transitions.TABLE.size() - 1); // all but the row that creates a video
    assertThat(refusals).isEqualTo(VideoState.values().length * Trigger.values().length - moves);
  }

  @Test
  void theTableKeepsTheGatesAndLetsEveryUnfinishedVideoEnd() {
    // the only way into the publishing states from outside them is Gate 2's approval
    var publishing = EnumSet.of(VideoState.READY_FOR_PUBLISH, VideoState.PUBLISHING, VideoState.PUBLISH_FAILED,
        VideoState.PUBLISHED);
    var enterPublishing = Transitions.TABLE.stream()
        .filter(rule -> publishing.contains(rule.to()) && !rule.from().map(publishing::contains).orElse(false))
        .map(Transitions.Rule::trigger).toList();
    assertThat(enterPublishing).containsOnly(Trigger.APPROVE_VIDEO, Trigger.VIDEO_PUBLISHED);
    // ... or the news that an upload Gate 2 approved, already under way when the video was cancelled, finished
    assertThat(Transitions.TABLE.stream().filter(rule -> rule.trigger() == Trigger.VIDEO_PUBLISHED
        && !rule.from().map(publishing::contains).orElse(false)))
        .singleElement().satisfies(rule -> {
          assertThat(rule.from()).contains(VideoState.CANCELLED);
          assertThat(rule.guard()).isEqualTo(Guard.APPROVED_CURRENT_ATTEMPT);
        });
    var reachGeneration = Transitions.TABLE.stream()
        .filter(rule -> rule.effect() == Effect.SCRIPT_APPROVED).map(rule -> rule.from().orElseThrow()).toList();
    assertThat(reachGeneration).containsOnly(VideoState.SCRIPT_PENDING_REVIEW, VideoState.GENERATION_FAILED);
    for (VideoState state : VideoState.values()) {
      var exits = Transitions.TABLE.stream().filter(rule -> rule.from().equals(Optional.of(state))).toList();
      if (state.isFinal()) {
        // no decision leaves a final state; only the fact that an approved upload finished can
        assertThat(exits).as("final %s", state).allSatisfy(rule -> assertThat(rule.trigger())
            .isEqualTo(Trigger.VIDEO_PUBLISHED));
      } else if (state != VideoState.PUBLISHING) {
        assertThat(exits).as("%s can be cancelled", state).anyMatch(rule -> rule.trigger() == Trigger.CANCEL);
      }
    }
    assertThat(EnumSet.copyOf(Transitions.TABLE.stream().map(Transitions.Rule::to).toList()))
        .as("every state is reachable").isEqualTo(EnumSet.allOf(VideoState.class));
  }

  @Test
  void anUploadUnderWayWhenTheVideoWasCancelledEndsPublishedWithBothInTheHistory() {
    Video video = Fixtures.in(VideoState.CANCELLED);
    assertThat(video.published(video.publishAttempt() - 1, "/export/old", LATER)).as("an older attempt").isEmpty();
    var published = video.published(video.publishAttempt(), "/export/v", LATER);
    assertThat(published).hasValueSatisfying(change -> {
      assertThat(change.entry().from()).isEqualTo(VideoState.CANCELLED);
      assertThat(change.entry().to()).isEqualTo(VideoState.PUBLISHED);
      assertThat(change.effect()).isEqualTo(Effect.NONE);
    });
    assertThat(video.publishedLocation()).contains("/export/v");
  }

  @Test
  void aVideoCancelledBeforeGate2NeverBecomesPublished() {
    Video video = Fixtures.drafted();
    video.cancel("ops", LATER, "duplicate topic");
    for (int attempt = 0; attempt <= 2; attempt++) {
      assertThat(video.published(attempt, "/export/forged", LATER)).as("attempt %d", attempt).isEmpty();
    }
    assertThat(video.state()).isEqualTo(VideoState.CANCELLED);
  }

  @Test
  void anAmbiguousOrMisspelledTableIsRefused() {
    String header = "| From | Trigger | Guard | To | Effect |\n|---|---|---|---|---|\n";
    String row = "| SCRIPT_PENDING_REVIEW | command gate1/approve | — | READY_FOR_GENERATION | ScriptApproved |\n";
    assertThat(Transitions.parse(header + row)).hasSize(1);
    assertThatThrownBy(() -> Transitions.parse(header + row + row)).hasMessageContaining("two rows");
    assertThatThrownBy(() -> Transitions.parse(header + row.replace("gate1/approve", "gate1/aprove")))
        .hasMessageContaining("unknown trigger");
    assertThatThrownBy(() -> Transitions.parse(header + "| SCRIPT_PENDING_REVIEW | command cancel |\n"))
        .hasMessageContaining("needs 5 cells");
  }

  @Test
  void approvingWithEditsApprovesANewRevisionByTheReviewer() {
    Video video = Fixtures.drafted();
    video.approveScript(CAROL, new ScriptEdits("A sharper title", null, null, null), ReviewPolicy.FOUR_EYES, null);
    assertThat(video.script().revision()).isEqualTo(2);
    assertThat(video.script().title()).isEqualTo("A sharper title");
    assertThat(video.script().author()).isEqualTo("carol");
    assertThat(video.approvedRevision()).isEqualTo(2);
    assertThat(video.script().scenes()).isEqualTo(Fixtures.script(1).scenes());
  }

  @Test
  void staleEventsChangeNothing() {
    Video video = Fixtures.in(VideoState.GENERATION_FAILED);
    video.retry(Fixtures.decision("alice", LATER, null), Fixtures.SIGNER);
    assertThat(video.generation()).isEqualTo(2);
    assertThat(video.assetsGenerated(Fixtures.assets(1), LATER)).as("assets of the failed generation").isEmpty();
    assertThat(video.generationFailed(1, "late failure", 0, LATER)).isEmpty();
    assertThat(video.state()).isEqualTo(VideoState.READY_FOR_GENERATION);
    assertThat(video.assetsGenerated(Fixtures.assets(2), LATER)).isPresent();
    assertThat(video.state()).isEqualTo(VideoState.VIDEO_PENDING_REVIEW);

    Video revised = Fixtures.in(VideoState.CHANGES_REQUESTED);
    assertThat(revised.scriptRevised(Fixtures.script(1), LATER)).as("the same revision again").isEmpty();
    assertThat(revised.scriptRevised(Fixtures.script(2), LATER)).isPresent();
    assertThat(revised.script().answersNotes()).isEqualTo("shorter please");
  }

  @Test
  void commandsNeedTheirInputs() {
    assertThatThrownBy(() -> Fixtures.drafted().requestChanges(Fixtures.decision("alice", LATER, " ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes");
    assertThatThrownBy(() -> Fixtures.drafted().cancel("alice", LATER, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> Fixtures.in(VideoState.VIDEO_PENDING_REVIEW).regenerateScenes(CAROL, List.of(4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no scene [4]");
    assertThatThrownBy(() -> Fixtures.drafted().schedule("alice", LATER, LATER.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
    assertThatThrownBy(() -> new PublishOptions(null, "secret", false, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("privacyStatus");
  }

  @Test
  void aScheduleChosenBeforeGate2TravelsWithTheApproval() {
    Video video = Fixtures.in(VideoState.VIDEO_PENDING_REVIEW);
    Instant slot = LATER.plusSeconds(86_400);
    video.schedule("alice", LATER, slot);
    video.approveVideo(CAROL, PublishOptions.defaults(null), ReviewPolicy.FOUR_EYES, Fixtures.SIGNER);
    assertThat(video.publishOptions().orElseThrow().publishAt()).isEqualTo(slot);
    assertThat(video.publishOptions().orElseThrow().containsSyntheticMedia()).isTrue();
  }

  @Test
  void gate2IsSignedWhenTheReviewerApprovesAndARetryOnlyWhenSomeoneAsksForIt() {
    Video video = Fixtures.in(VideoState.VIDEO_PENDING_REVIEW);
    video.approveVideo(CAROL, PublishOptions.defaults(null), ReviewPolicy.FOUR_EYES, Fixtures.SIGNER);
    var statement = video.publicationStatement().orElseThrow();
    assertThat(text(statement)).isEqualTo("publication of " + video.id() + " by carol");
    assertThat(video.retryAuthorisation()).isEmpty();

    video.publishStarted(1, LATER);
    video.publishFailed(1, "quota", LATER);
    video.retry(Fixtures.decision("dave", LATER, "try again"), Fixtures.SIGNER);

    assertThat(video.publishAttempt()).isEqualTo(2);
    assertThat(video.publicationStatement()).containsSame(statement);
    assertThat(text(video.retryAuthorisation().orElseThrow())).isEqualTo("attempt 2 of " + video.id() + " by dave");

    Video failedRender = Fixtures.in(VideoState.GENERATION_FAILED);
    failedRender.retry(Fixtures.decision("dave", LATER, null), Fixtures.SIGNER);
    assertThat(failedRender.retryAuthorisation()).as("a render retry publishes nothing").isEmpty();
  }

  @Test
  void filesWithoutAChecksumCannotBeApproved() {
    Video video = Fixtures.drafted();
    video.approveScript(CAROL, null, ReviewPolicy.FOUR_EYES, null);
    var assets = Fixtures.assets(1);
    video.assetsGenerated(new Assets(1, assets.videoLocation(), assets.videoSha256(), 15.0, 1000,
        assets.voiceOverLocation(), assets.thumbnailLocation(), null, assets.clips(), 0.25, assets.costLines(),
        List.of(), null, "LONG", 1280, 720), LATER);

    assertThatThrownBy(() -> video.approveVideo(CAROL, PublishOptions.defaults(null), ReviewPolicy.FOUR_EYES, Fixtures.SIGNER))
        .isInstanceOf(IllegalTransition.class).hasMessageContaining("no SHA-256");
    assertThat(video.state()).isEqualTo(VideoState.VIDEO_PENDING_REVIEW);
    assertThat(video.publicationStatement()).isEmpty();
  }

  private static String text(Signed signed) {
    return new String(signed.payload(), StandardCharsets.UTF_8);
  }

  @Test
  void gate2NeedsASecondPersonUnlessTheWorkspaceAllowsSelfReview() {
    Video video = Fixtures.in(VideoState.VIDEO_PENDING_REVIEW); // alice approved Gate 1
    Approval alice = Fixtures.decision("alice", LATER, null);

    assertThatThrownBy(() -> video.approveVideo(alice, PublishOptions.defaults(null), ReviewPolicy.FOUR_EYES,
        Fixtures.SIGNER)).isInstanceOf(AccessDenied.class).hasMessageContaining("four eyes: alice approved Gate 1");
    assertThat(video.state()).isEqualTo(VideoState.VIDEO_PENDING_REVIEW);
    assertThat(video.videoApproval()).isEmpty();
    assertThat(video.publicationStatement()).isEmpty();

    video.approveVideo(alice, PublishOptions.defaults(null), new ReviewPolicy(true, List.of(), List.of()), Fixtures.SIGNER);
    assertThat(video.state()).isEqualTo(VideoState.READY_FOR_PUBLISH);
    assertThat(text(video.publicationStatement().orElseThrow())).endsWith("by alice, self-review allowed");

    Video another = Fixtures.in(VideoState.VIDEO_PENDING_REVIEW);
    var aliceElsewhere = new Approval("alice", new Identity("https://another-issuer", "alice"), LATER, null);
    another.approveVideo(aliceElsewhere, PublishOptions.defaults(null), ReviewPolicy.FOUR_EYES, Fixtures.SIGNER);
    assertThat(another.state()).as("a name is not an identity").isEqualTo(VideoState.READY_FOR_PUBLISH);
  }

  @Test
  void anEditIsCheckedLikeADraftAndABlockerItAddsNeedsAnAdminsReason() {
    var brand = new ReviewPolicy(false, List.of("shocking"), List.of("politics"));
    Video video = Fixtures.drafted();
    var shocking = new ScriptEdits("A shocking octopus fact", null, null, null);

    assertThatThrownBy(() -> video.approveScript(CAROL, shocking, brand, null))
        .isInstanceOf(ComplianceBlocked.class).hasMessageContaining("banned-word in title");
    assertThat(video.state()).isEqualTo(VideoState.SCRIPT_PENDING_REVIEW);
    assertThat(video.script().revision()).as("nothing changed").isEqualTo(1);

    var change = video.approveScript(CAROL, shocking, brand, new ComplianceOverride("ops", "the word is the fact"));
    assertThat(change.entry().comment()).contains("compliance override by ops: the word is the fact (1 blocker)");
    assertThat(video.script().revision()).isEqualTo(2);
    assertThat(video.script().drafting().findings()).as("the check of the edited text replaces editorial's")
        .extracting(Drafting.Finding::rule, Drafting.Finding::location)
        .contains(org.assertj.core.groups.Tuple.tuple("banned-word", "title"));
  }

  @Test
  void anEditThatAddsNoBlockerPassesEvenWhereTheDraftHadOne() {
    var brand = new ReviewPolicy(false, List.of("heart"), List.of());
    Video video = Fixtures.drafted(); // its hook says "One heart is not enough."

    video.approveScript(CAROL, new ScriptEdits(null, "A calmer description", null, null), brand, null);

    assertThat(video.state()).isEqualTo(VideoState.READY_FOR_GENERATION);
    assertThat(video.script().drafting().findings()).extracting(Drafting.Finding::location).contains("hook");
  }
}

