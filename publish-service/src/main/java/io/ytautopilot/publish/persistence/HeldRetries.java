package io.ytautopilot.publish.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Publishes held approvals once their retry time has come (e.g. the next quota day). */
@ApplicationScoped
public class HeldRetries {
  private static final int BATCH = 20;

  private final PublicationWorkflow workflow;
  private final VideoPublishing publishing;
  private final Duration lease;

  public HeldRetries(PublicationWorkflow workflow, VideoPublishing publishing,
      @ConfigProperty(name = "yt.held.retry-lease") Duration lease) {
    this.workflow = workflow;
    this.publishing = publishing;
    this.lease = lease;
  }

  @Scheduled(every = "${yt.held.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void retryDue() {
    var now = Instant.now();
    for (var held : await(() -> workflow.dueHeld(now, BATCH))) {
      if (await(() -> workflow.claimHeld(held, now, now.plus(lease)))) {
        Log.infof("retrying held video %s (attempt %d)", held.claim().videoId(), held.publishAttempt());
        publishing.publish(held.eventId(), held.claim());
      }
    }
  }
}
