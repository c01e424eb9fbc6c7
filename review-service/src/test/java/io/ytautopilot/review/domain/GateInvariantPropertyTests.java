package io.ytautopilot.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random command sequences (with repeats and any order) never get a video past a gate unapproved. */
class GateInvariantPropertyTests {
  private static final Assets ASSETS = new Assets("/media/v.mp4", 9.5, 1000, "/media/voice.wav",
      "/media/thumb.png", List.of(new Assets.Clip(1, "/media/scene-1.mp4", 9.5, 900)));

  @Property(tries = 10_000)
  void noSequenceOfCommandsBreaksTheGatesOrTheHistory(@ForAll("commandSequences") List<Command> commands) {
    Video video = Video.drafted(UUID.randomUUID(), "demo", ReviewTransitionsTests.script());
    var history = new ArrayList<HistoryEntry>();
    Instant clock = Instant.parse("2026-11-25T10:00:00Z");
    for (Command command : commands) {
      clock = clock.plusSeconds(1);
      VideoState before = video.state();
      var expected = Transitions.target(before, command);
      try {
        history.add(issue(video, command, clock));
        assertThat(expected).as("%s accepted in %s", command, before).isPresent();
        assertThat(video.state()).isEqualTo(expected.get());
      } catch (IllegalTransition refused) {
        assertThat(expected).as("%s refused in %s", command, before).isEmpty();
        assertThat(video.state()).isEqualTo(before);
      }
      if (video.state() == VideoState.READY_FOR_PUBLISH || video.state() == VideoState.PUBLISHED) {
        Approval gate1 = video.scriptApproval().orElseThrow();
        Approval gate2 = video.videoApproval().orElseThrow();
        assertThat(gate1.at()).isBefore(gate2.at());
        assertThat(video.assets()).isPresent();
      }
    }
    VideoState previous = VideoState.SCRIPT_PENDING_REVIEW;
    for (HistoryEntry entry : history) {
      assertThat(entry.from()).isEqualTo(previous);
      previous = entry.to();
    }
    assertThat(previous).isEqualTo(video.state());
  }

  @Provide
  Arbitrary<List<Command>> commandSequences() {
    return Arbitraries.of(Command.class).list().ofMaxSize(25);
  }

  private static HistoryEntry issue(Video video, Command command, Instant at) {
    var reviewer = new Approval("reviewer-" + at.getEpochSecond() % 3, at, null);
    return switch (command) {
      case RECORD_ASSETS -> video.recordAssets(ASSETS, "production-service", at);
      case RECORD_PUBLICATION -> video.recordPublication("/export/v", "publish-service", at);
      default -> video.decide(command, reviewer);
    };
  }
}
