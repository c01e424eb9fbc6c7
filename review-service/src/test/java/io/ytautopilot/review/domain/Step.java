package io.ytautopilot.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * One random thing that happens to a video: a reviewer's command or another service's event. An
 * event's number (revision, generation or attempt) is the video's current one shifted by
 * {@code offset}, so sequences include stale, current and premature events.
 */
public record Step(Trigger trigger, int offset, String reviewer) {

  /**
   * Any trigger, the ones that move a video forward more often, so that many sequences get past
   * both gates (uniform choices would end most of them early in a rejection or a cancel).
   */
  public static Arbitrary<Step> any() {
    Arbitrary<Trigger> triggers = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(Trigger.APPROVE_SCRIPT, Trigger.ASSETS_GENERATED, Trigger.APPROVE_VIDEO,
            Trigger.VIDEO_PUBLISHED)),
        Tuple.of(2, Arbitraries.of(Trigger.SCRIPT_DRAFTED, Trigger.GENERATION_STARTED, Trigger.PUBLISH_STARTED,
            Trigger.RETRY, Trigger.REQUEST_CHANGES, Trigger.REGENERATE_SCENES, Trigger.GENERATION_FAILED,
            Trigger.PUBLISH_FAILED, Trigger.PUBLISH_HELD)),
        Tuple.of(1, Arbitraries.of(Trigger.class)));
    return Combinators.combine(triggers, Arbitraries.of(-1, 0, 0, 0, 0, 0, 1),
        Arbitraries.of("alice", "bob", "carol")).as(Step::new);
  }

  /** Random sequences in which some steps repeat (redelivery) and some earlier runs replay. */
  public static Arbitrary<List<Step>> sequences(int maxSize) {
    return any().list().ofMaxSize(maxSize).flatMap(steps -> Arbitraries.integers().between(0, 3).map(repeats -> {
      var withRepeats = new java.util.ArrayList<>(steps);
      for (int i = 0; i < repeats && !steps.isEmpty(); i++) {
        int at = (i * 7 + steps.size()) % steps.size();
        withRepeats.add(at, steps.get(at)); // the same step again right away
      }
      if (repeats == 3) {
        withRepeats.addAll(steps); // the whole history again, as a replay would
      }
      return withRepeats;
    }));
  }

  public boolean isCommand() {
    return trigger.kind() == Trigger.Kind.COMMAND;
  }

  /** The number this event carries for a video in its current state. */
  public int number(Video video) {
    return switch (trigger) {
      case SCRIPT_DRAFTED -> video.script().revision() + 1 + offset;
      case GENERATION_STARTED, ASSETS_GENERATED, GENERATION_FAILED -> video.generation() + offset;
      default -> video.publishAttempt() + offset;
    };
  }

  /** Applies the step to the domain model; a refused command throws, a stale event returns empty. */
  public Optional<Change> applyTo(Video video, Instant at) {
    var approval = Fixtures.decision(reviewer, at, "step");
    int number = number(video);
    return switch (trigger) {
      case APPROVE_SCRIPT -> Optional.of(video.approveScript(approval, null, ReviewPolicy.FOUR_EYES, null));
      case REQUEST_CHANGES -> Optional.of(video.requestChanges(approval));
      case REJECT_SCRIPT -> Optional.of(video.rejectScript(approval));
      case APPROVE_VIDEO -> Optional.of(video.approveVideo(approval, PublishOptions.defaults(null), ReviewPolicy.FOUR_EYES, Fixtures.SIGNER));
      case REGENERATE_SCENES -> Optional.of(video.regenerateScenes(approval, List.of(1 + Math.abs(offset))));
      case REJECT_VIDEO -> Optional.of(video.rejectVideo(approval));
      case RETRY -> Optional.of(video.retry(approval, Fixtures.SIGNER));
      case SCHEDULE -> Optional.of(video.schedule(reviewer, at, at.plusSeconds(3600)));
      case CANCEL -> Optional.of(video.cancel(reviewer, at, "step"));
      case SCRIPT_DRAFTED -> video.scriptRevised(Fixtures.script(Math.max(1, number)), at);
      case GENERATION_STARTED -> video.generationStarted(number, at);
      case ASSETS_GENERATED -> video.assetsGenerated(Fixtures.assets(number), at);
      case GENERATION_FAILED -> video.generationFailed(number, "step", 0, at);
      case PUBLISH_STARTED -> video.publishStarted(number, at);
      case VIDEO_PUBLISHED -> video.published(number, "/export/v", at);
      case PUBLISH_FAILED -> video.publishFailed(number, "step", at);
      case PUBLISH_HELD -> video.publishHeld(number, "step", at);
    };
  }
}
