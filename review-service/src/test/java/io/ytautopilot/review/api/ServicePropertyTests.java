package io.ytautopilot.review.api;

import static io.ytautopilot.review.api.Videos.as;
import static io.ytautopilot.review.api.Videos.now;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.ytautopilot.eventing.blocking.ReactiveTransactions;
import io.ytautopilot.events.GenerationFailed;
import io.ytautopilot.events.GenerationStarted;
import io.ytautopilot.events.PublishFailed;
import io.ytautopilot.events.PublishHeld;
import io.ytautopilot.events.PublishStarted;
import io.ytautopilot.events.Topics;
import io.ytautopilot.events.VideoPublished;
import io.ytautopilot.review.domain.AccessDenied;
import io.ytautopilot.review.domain.Change;
import io.ytautopilot.review.domain.Effect;
import io.ytautopilot.review.domain.Fixtures;
import io.ytautopilot.review.domain.IllegalTransition;
import io.ytautopilot.review.domain.Step;
import io.ytautopilot.review.domain.Video;
import io.ytautopilot.review.events.ReviewEventConsumers;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The property test of the domain, run against the service on real PostgreSQL: random command and
 * event sequences (redeliveries keep their event id) go to the HTTP API and the event consumers,
 * while the domain model takes the same steps in memory. After every step the service must agree
 * with the model; at the end, it emitted exactly the approvals the model emitted (each with both
 * current approvals, as the domain property test proves) and its history is the model's.
 */
@QuarkusTest
class ServicePropertyTests {
  private static final int SEQUENCES = 40;
  private static final String WORKSPACE = "property";
  private final String admin = Tokens.admin("ops");

  @Inject ReviewEventConsumers consumers;
  @Inject Pool database;

  @Test
  void theServiceFollowsTheModelThroughRandomSequences() {
    long steps = 0;
    long approvals = 0;
    long redeliveries = 0;
    for (List<Step> sequence : Step.sequences(30).sampleStream().limit(SEQUENCES).toList()) {
      String videoId = UUID.randomUUID().toString();
      consume(() -> consumers.onScriptDrafted(Videos.draft(videoId, WORKSPACE, 1)));
      Video model = Video.drafted(UUID.fromString(videoId), WORKSPACE, Fixtures.script(1), Fixtures.T0).video();
      var expectedHistory = new ArrayList<String>(List.of("SCRIPT_PENDING_REVIEW"));
      Map<Step, String> eventIds = new HashMap<>();
      int emittedApprovals = 0;
      for (Step step : sequence) {
        steps++;
        Instant at = Fixtures.T0.plusSeconds(steps);
        int number = step.number(model);
        boolean redelivered = !step.isCommand() && eventIds.containsKey(step);
        String eventId = eventIds.computeIfAbsent(step, s -> UUID.randomUUID().toString());
        Optional<Change> expected;
        int expectedStatus;
        try {
          expected = redelivered ? Optional.empty() : step.applyTo(model, at);
          expectedStatus = 200;
        } catch (IllegalTransition refused) {
          expected = Optional.empty();
          expectedStatus = 409;
        } catch (IllegalArgumentException badInput) {
          expected = Optional.empty();
          expectedStatus = 400;
        } catch (AccessDenied selfReview) {
          expected = Optional.empty();
          expectedStatus = 403;
        }
        if (step.isCommand()) {
          int status = command(videoId, step).statusCode();
          assertThat(status).as("%s in %s", step, model.state()).isEqualTo(expectedStatus);
        } else {
          redeliveries += redelivered ? 1 : 0;
          deliver(videoId, step, number, eventId);
        }
        expected.ifPresent(change -> expectedHistory.add(change.entry().to().name()));
        if (expected.map(Change::effect).orElse(Effect.NONE) == Effect.VIDEO_APPROVED) {
          emittedApprovals++;
        }
        assertThat(Videos.state(videoId)).as("after %s", step).isEqualTo(model.state().name());
      }
      approvals += emittedApprovals;
      assertThat(Videos.outboxRows(database, videoId, Topics.VIDEO_APPROVED)).isEqualTo(emittedApprovals);
      assertThat(as(admin).get("/videos/{id}/history", videoId).jsonPath().getList("to", String.class))
          .isEqualTo(expectedHistory);
    }
    System.out.printf("service property test: %d sequences, %d steps (%d redelivered events), %d approvals for"
        + " publishing emitted, all as the model predicted%n", SEQUENCES, steps, redeliveries, approvals);
  }

  private io.restassured.response.Response command(String videoId, Step step) {
    var request = as(Tokens.reviewer(step.reviewer(), WORKSPACE));
    String path = "/videos/{id}/";
    return switch (step.trigger()) {
      case APPROVE_SCRIPT -> request.post(path + "gate1/approve", videoId);
      case REQUEST_CHANGES -> request.body(Map.of("notes", "step")).post(path + "gate1/request-changes", videoId);
      case REJECT_SCRIPT -> request.body(Map.of("reason", "step")).post(path + "gate1/reject", videoId);
      case APPROVE_VIDEO -> request.post(path + "gate2/approve", videoId);
      case REGENERATE_SCENES -> request.body(Map.of("scenes", List.of(1 + Math.abs(step.offset()))))
          .post(path + "gate2/regenerate", videoId);
      case REJECT_VIDEO -> request.body(Map.of("reason", "step")).post(path + "gate2/reject", videoId);
      case RETRY -> request.post(path + "retry", videoId);
      case SCHEDULE -> request.body(Map.of("publishAt", Instant.now().plusSeconds(86_400).toString()))
          .post(path + "schedule", videoId);
      case CANCEL -> request.body(Map.of("reason", "step")).post(path + "cancel", videoId);
      default -> throw new IllegalArgumentException(step + " is not a command");
    };
  }

  private void deliver(String videoId, Step step, int number, String eventId) {
    switch (step.trigger()) {
      case SCRIPT_DRAFTED -> {
        var draft = Videos.draft(videoId, WORKSPACE, Math.max(1, number));
        draft.setEventId(eventId);
        consume(() -> consumers.onScriptDrafted(draft));
      }
      case GENERATION_STARTED -> consume(() -> consumers.onGenerationStarted(GenerationStarted.newBuilder()
          .setEventId(eventId).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId(WORKSPACE)
          .setGeneration(number).setScenes(3).build()));
      case ASSETS_GENERATED -> {
        var assets = Videos.assets(videoId, WORKSPACE, number, "ab".repeat(32));
        assets.setEventId(eventId);
        consume(() -> consumers.onAssetsGenerated(assets));
      }
      case GENERATION_FAILED -> consume(() -> consumers.onGenerationFailed(GenerationFailed.newBuilder()
          .setEventId(eventId).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId(WORKSPACE)
          .setGeneration(number).setReason("step").build()));
      case PUBLISH_STARTED -> consume(() -> consumers.onPublishStarted(PublishStarted.newBuilder()
          .setEventId(eventId).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId(WORKSPACE)
          .setPublishAttempt(number).setTarget("export").build()));
      case VIDEO_PUBLISHED -> consume(() -> consumers.onVideoPublished(VideoPublished.newBuilder()
          .setEventId(eventId).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId(WORKSPACE)
          .setTarget("export").setLocation("/export/v").setPublishedAt(now()).setPublishAttempt(number).build()));
      case PUBLISH_FAILED -> consume(() -> consumers.onPublishFailed(PublishFailed.newBuilder()
          .setEventId(eventId).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId(WORKSPACE)
          .setPublishAttempt(number).setReason("step").build()));
      case PUBLISH_HELD -> consume(() -> consumers.onPublishHeld(PublishHeld.newBuilder()
          .setEventId(eventId).setOccurredAt(now()).setVideoId(videoId).setWorkspaceId(WORKSPACE)
          .setPublishAttempt(number).setReason("step").setRetryAt(now()).build()));
      default -> throw new IllegalArgumentException(step + " is not an event");
    }
  }

  /** Runs a consumer method as the messaging connector would, and waits for it. */
  private static void consume(java.util.function.Supplier<io.smallrye.mutiny.Uni<Void>> handler) {
    ReactiveTransactions.await(handler);
  }
}
