package io.ytautopilot.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random sequences of commands and events (with redeliveries, replays, stale and premature events)
 * never let a video be approved for publishing without both approvals of its current revisions,
 * never make a move the table does not list, and always leave a history that explains the state.
 */
class GateInvariantPropertyTests {
  private static final AtomicLong SEQUENCES = new AtomicLong();
  private static final AtomicLong STEPS = new AtomicLong();
  private static final AtomicLong MOVES = new AtomicLong();
  private static final AtomicLong REFUSED = new AtomicLong();
  private static final AtomicLong STALE = new AtomicLong();
  private static final AtomicLong APPROVED_FOR_PUBLISHING = new AtomicLong();
  private static final AtomicLong SELF_REVIEWS_REFUSED = new AtomicLong();

  @Property(tries = 10_000)
  void noSequenceBreaksTheGatesTheTableOrTheHistory(@ForAll("sequences") List<Step> steps) {
    Video video = Fixtures.drafted();
    var history = new ArrayList<HistoryEntry>();
    var model = new ApprovalModel();
    Instant clock = Fixtures.T0;
    for (Step step : steps) {
      clock = clock.plusSeconds(1);
      VideoState before = video.state();
      var row = Transitions.rule(before, step.trigger());
      int revisionBefore = video.script().revision();
      int number = step.number(video);
      try {
        var change = step.applyTo(video, clock);
        if (change.isEmpty()) {
          STALE.incrementAndGet();
          assertThat(video.state()).isEqualTo(before);
          continue;
        }
        MOVES.incrementAndGet();
        assertThat(row).as("%s in %s is a row of the table", step.trigger(), before).isPresent();
        assertThat(change.get().entry().to()).isEqualTo(row.get().to());
        assertThat(change.get().effect()).isEqualTo(row.get().effect());
        history.add(change.get().entry());
        model.accepted(step, number, revisionBefore, video);
        if (change.get().effect() == Effect.VIDEO_APPROVED) {
          APPROVED_FOR_PUBLISHING.incrementAndGet();
          model.assertBothApprovalsAreCurrent(video);
        }
      } catch (IllegalTransition refused) {
        REFUSED.incrementAndGet();
        assertThat(row).as("%s refused in %s", step.trigger(), before).isEmpty();
        assertThat(video.state()).isEqualTo(before);
      } catch (AccessDenied selfReview) {
        SELF_REVIEWS_REFUSED.incrementAndGet();
        assertThat(step.trigger()).isEqualTo(Trigger.APPROVE_VIDEO);
        assertThat(video.scriptApproval().orElseThrow().reviewer()).as("only the Gate 1 approver is refused")
            .isEqualTo(step.reviewer());
        assertThat(video.state()).isEqualTo(before);
      } catch (IllegalArgumentException badInput) {
        REFUSED.incrementAndGet(); // e.g. regenerating a scene the script lacks
        assertThat(video.state()).isEqualTo(before);
      } finally {
        STEPS.incrementAndGet();
      }
    }
    VideoState previous = VideoState.SCRIPT_PENDING_REVIEW;
    for (HistoryEntry entry : history) {
      assertThat(entry.from()).isEqualTo(previous);
      previous = entry.to();
    }
    assertThat(previous).as("the history ends in the video's state").isEqualTo(video.state());
    SEQUENCES.incrementAndGet();
  }

  @Provide
  Arbitrary<List<Step>> sequences() {
    return Step.sequences(30);
  }

  @AfterContainer
  static void printCounts() {
    System.out.printf("domain property test: %d sequences, %d steps: %d moves, %d refused commands, %d stale events,"
        + " %d approvals for publishing (each with both current approvals by two reviewers), %d self-reviews"
        + " refused%n",
        SEQUENCES.get(), STEPS.get(), MOVES.get(), REFUSED.get(), STALE.get(), APPROVED_FOR_PUBLISHING.get(),
        SELF_REVIEWS_REFUSED.get());
  }

  /**
   * What the test itself saw accepted, kept apart from the video: which revision Gate 1 approved,
   * which generation production is on and which generation's assets Gate 2 looked at.
   */
  static final class ApprovalModel {
    private int approvedRevision;
    private int currentRevision = 1;
    private int generation;
    private int assetsGeneration = -1;

    void accepted(Step step, int number, int revisionBefore, Video video) {
      switch (step.trigger()) {
        case APPROVE_SCRIPT -> {
          approvedRevision = revisionBefore;
          generation = 1;
        }
        case SCRIPT_DRAFTED -> currentRevision = number;
        case RETRY -> {
          if (video.state() == VideoState.READY_FOR_GENERATION) {
            generation++;
          }
        }
        case REGENERATE_SCENES -> generation++;
        case ASSETS_GENERATED -> assetsGeneration = number;
        default -> { }
      }
    }

    void assertBothApprovalsAreCurrent(Video video) {
      assertThat(approvedRevision).as("Gate 1 approved the current revision").isEqualTo(currentRevision)
          .isEqualTo(video.script().revision());
      assertThat(assetsGeneration).as("Gate 2 saw the current generation").isEqualTo(generation);
      assertThat(video.scriptApproval()).isPresent();
      assertThat(video.videoApproval()).isPresent();
      assertThat(video.scriptApproval().get().at()).isBefore(video.videoApproval().get().at());
      assertThat(video.videoApproval().get().identity()).as("four eyes")
          .isNotEqualTo(video.scriptApproval().get().identity());
    }
  }
}
