package io.ytautopilot.review.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Scripts, assets and videos in any state, for the domain tests and the service's property test. */
public final class Fixtures {
  public static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  /** Signs nothing: names what it was asked to sign, so that tests can tell which statement a video holds. */
  public static final ApprovalSigner SIGNER = new ApprovalSigner() {
    @Override
    public Signed publication(Video video, ReviewPolicy policy) {
      return new Signed("test", ("publication of " + video.id() + " by " + video.videoApproval().orElseThrow().reviewer()
          + (policy.allowSelfReview() ? ", self-review allowed" : "")).getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    @Override
    public Signed retry(Video video, Approval request) {
      return new Signed("test", ("attempt " + video.publishAttempt() + " of " + video.id() + " by " + request.reviewer())
          .getBytes(StandardCharsets.UTF_8), new byte[0]);
    }
  };

  private Fixtures() {}

  /** A reviewer's decision; the identity is the name under a test issuer. */
  public static Approval decision(String reviewer, Instant at, String comment) {
    return new Approval(reviewer, new Identity("https://issuer.test", reviewer), at, comment);
  }

  public static Script script(int revision) {
    return new Script(revision, "octopus hearts", "Why octopuses have three hearts", "A short explainer",
        List.of("octopus"), "One heart is not enough.", "Subscribe.",
        List.of(new Script.Scene(1, "Three hearts.", "an octopus", "Fact 1", 5),
            new Script.Scene(2, "Two for the gills.", "gills", "Fact 2", 5),
            new Script.Scene(3, "One stops when swimming.", "swimming", "Fact 3", 5)),
        revision == 1 ? null : "shorter please", "editorial-service", List.of(), Drafting.NONE);
  }

  public static Assets assets(int generation) {
    return new Assets(generation, "/media/v/video.mp4", "ab".repeat(32), 15.0, 1000, "/media/v/voice.wav",
        "/media/v/thumbnail.png", "cd".repeat(32), List.of(new Assets.Clip(1, "/media/v/scene-1.mp4", 5, 300)), 0.25,
        List.of(new Cost.Line("scene seconds", "ffmpeg", 5, 0.05, 0.25)), List.of(), "/media/v/subtitles.srt",
        "SHORTS", 1080, 1920);
  }

  public static Video drafted() {
    return Video.drafted(UUID.randomUUID(), "demo", script(1), T0).video();
  }

  /**
   * A video brought into the given state along the table's shortest path; CANCELLED along the
   * longest, cancelled while waiting for publishing, so that every row out of it can be taken.
   */
  public static Video in(VideoState state) {
    Video video = drafted();
    Approval alice = decision("alice", T0.plusSeconds(1), null);
    Approval bob = decision("bob", T0.plusSeconds(2), null);
    switch (state) {
      case SCRIPT_PENDING_REVIEW -> { }
      case CHANGES_REQUESTED -> video.requestChanges(decision("alice", T0, "shorter please"));
      case SCRIPT_REJECTED -> video.rejectScript(alice);
      default -> {
        video.approveScript(alice, null, ReviewPolicy.FOUR_EYES, null);
        if (state == VideoState.GENERATING) {
          video.generationStarted(1, T0);
        } else if (state == VideoState.GENERATION_FAILED) {
          video.generationFailed(1, "tts timed out", 0, T0);
        } else if (state != VideoState.READY_FOR_GENERATION) {
          video.assetsGenerated(assets(1), T0);
          switch (state) {
            case VIDEO_REJECTED -> video.rejectVideo(bob);
            case READY_FOR_PUBLISH, PUBLISHING, PUBLISH_FAILED, PUBLISHED, CANCELLED -> {
              video.approveVideo(bob, PublishOptions.defaults(null), ReviewPolicy.FOUR_EYES, SIGNER);
              if (state == VideoState.CANCELLED) {
                video.cancel("ops", T0, "duplicate topic");
              } else if (state == VideoState.PUBLISHING) {
                video.publishStarted(1, T0);
              } else if (state == VideoState.PUBLISH_FAILED) {
                video.publishFailed(1, "quota exceeded", T0);
              } else if (state == VideoState.PUBLISHED) {
                video.published(1, "/export/v", T0);
              }
            }
            default -> { }
          }
        }
      }
    }
    if (video.state() != state) {
      throw new IllegalStateException("fixture reached " + video.state() + ", not " + state);
    }
    return video;
  }
}
