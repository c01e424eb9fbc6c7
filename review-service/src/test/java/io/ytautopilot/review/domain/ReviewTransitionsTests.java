package io.ytautopilot.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReviewTransitionsTests {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final Approval ALICE = new Approval("alice", NOW, "fine");
  private static final Assets ASSETS = new Assets("/media/v.mp4", 12.5, 1000, "/media/voice.wav",
      "/media/thumb.png", List.of(new Assets.Clip(1, "/media/scene-1.mp4", 12.5, 900)));

  /** The only legal moves; every other (state, command) pair must be refused. */
  private static final Map<VideoState, Map<Command, VideoState>> LEGAL = Map.of(
      VideoState.SCRIPT_PENDING_REVIEW, Map.of(
          Command.APPROVE_SCRIPT, VideoState.READY_FOR_GENERATION,
          Command.REJECT_SCRIPT, VideoState.SCRIPT_REJECTED),
      VideoState.READY_FOR_GENERATION, Map.of(Command.RECORD_ASSETS, VideoState.VIDEO_PENDING_REVIEW),
      VideoState.VIDEO_PENDING_REVIEW, Map.of(
          Command.APPROVE_VIDEO, VideoState.READY_FOR_PUBLISH,
          Command.REJECT_VIDEO, VideoState.VIDEO_REJECTED),
      VideoState.READY_FOR_PUBLISH, Map.of(Command.RECORD_PUBLICATION, VideoState.PUBLISHED));

  private static final Map<Command, Function<Video, HistoryEntry>> ISSUE = Map.of(
      Command.APPROVE_SCRIPT, video -> video.approveScript(ALICE),
      Command.REJECT_SCRIPT, video -> video.rejectScript(ALICE),
      Command.RECORD_ASSETS, video -> video.recordAssets(ASSETS, "production-service", NOW),
      Command.APPROVE_VIDEO, video -> video.approveVideo(ALICE),
      Command.REJECT_VIDEO, video -> video.rejectVideo(ALICE),
      Command.RECORD_PUBLICATION, video -> video.recordPublication("/export/v", "publish-service", NOW));

  @Test
  void everyStateAndCommandPairIsEitherTheDocumentedMoveOrRefused() {
    int legal = 0;
    int refused = 0;
    for (VideoState from : VideoState.values()) {
      for (Command command : Command.values()) {
        Video video = videoIn(from);
        VideoState expected = LEGAL.getOrDefault(from, Map.of()).get(command);
        if (expected != null) {
          HistoryEntry entry = ISSUE.get(command).apply(video);
          assertThat(video.state()).as("%s + %s", from, command).isEqualTo(expected);
          assertThat(entry.from()).isEqualTo(from);
          assertThat(entry.to()).isEqualTo(expected);
          legal++;
        } else {
          assertThatThrownBy(() -> ISSUE.get(command).apply(video))
              .as("%s + %s", from, command)
              .isInstanceOf(IllegalTransition.class)
              .hasMessageContaining(from.name());
          assertThat(video.state()).isEqualTo(from);
          refused++;
        }
      }
    }
    assertThat(legal).isEqualTo(6);
    assertThat(refused).isEqualTo(VideoState.values().length * Command.values().length - 6);
  }

  @Test
  void theTransitionTableIsExactlyTheDocumentedOne() {
    assertThat(Transitions.TABLE).hasSize(6);
    for (Transitions.Rule rule : Transitions.TABLE) {
      assertThat(LEGAL.get(rule.from()).get(rule.command())).isEqualTo(rule.to());
    }
  }

  @Test
  void aVideoCanOnlyBeApprovedForPublishingAfterBothGates() {
    Video video = Video.drafted(UUID.randomUUID(), "demo", script());
    assertThatThrownBy(() -> video.approveVideo(ALICE)).isInstanceOf(IllegalTransition.class);
    video.approveScript(new Approval("alice", NOW, null));
    video.recordAssets(ASSETS, "production-service", NOW);
    video.approveVideo(new Approval("bob", NOW, "ship it"));
    assertThat(video.scriptApproval()).get().extracting(Approval::reviewer).isEqualTo("alice");
    assertThat(video.videoApproval()).get().extracting(Approval::reviewer).isEqualTo("bob");
    assertThat(video.state()).isEqualTo(VideoState.READY_FOR_PUBLISH);
  }

  @Test
  void aRestoredVideoAtGate2WithoutGate1ApprovalIsNeverApproved() {
    Video corrupt = Video.restore(UUID.randomUUID(), "demo", 3, VideoState.VIDEO_PENDING_REVIEW, script(),
        ASSETS, null, null, null);
    assertThatThrownBy(() -> corrupt.approveVideo(ALICE)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without a Gate 1 approval");
  }

  @Test
  void aDecisionOnAnOlderVersionIsRefused() {
    Video video = Video.restore(UUID.randomUUID(), "demo", 4, VideoState.SCRIPT_PENDING_REVIEW, script(),
        null, null, null, null);
    assertThatThrownBy(() -> video.expectVersion(3L)).isInstanceOf(StaleVersion.class)
        .hasMessageContaining("version 4, not 3");
    video.expectVersion(4L);
    video.expectVersion(null);
  }

  @Test
  void aDecisionNeedsAReviewerName() {
    assertThatThrownBy(() -> new Approval(" ", NOW, null)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Video videoIn(VideoState state) {
    Approval gate1 = state == VideoState.SCRIPT_PENDING_REVIEW || state == VideoState.SCRIPT_REJECTED ? null : ALICE;
    Assets assets = gate1 == null || state == VideoState.READY_FOR_GENERATION ? null : ASSETS;
    Approval gate2 = state == VideoState.READY_FOR_PUBLISH || state == VideoState.PUBLISHED ? ALICE : null;
    return Video.restore(UUID.randomUUID(), "demo", 1, state, script(), assets, gate1, gate2, null);
  }

  static Script script() {
    return new Script(1, "topic", "A title", "A description", List.of("tag"), "hook", "subscribe",
        List.of(new Script.Scene(1, "narration", "visual", "text", 5)));
  }
}
