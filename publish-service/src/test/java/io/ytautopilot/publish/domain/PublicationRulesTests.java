package io.ytautopilot.publish.domain;

import static io.ytautopilot.publish.domain.ApprovalHandling.ALREADY_PUBLISHED;
import static io.ytautopilot.publish.domain.ApprovalHandling.CANCELLED;
import static io.ytautopilot.publish.domain.ApprovalHandling.HELD;
import static io.ytautopilot.publish.domain.ApprovalHandling.PUBLISH;
import static io.ytautopilot.publish.domain.ApprovalHandling.RESUME;
import static io.ytautopilot.publish.domain.ApprovalHandling.STALE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an approval or a cancellation does, for every stored state. */
class PublicationRulesTests {
  private static final UUID VIDEO = UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void approvalsByStoredStateAndAttempt() {
    record Row(PublicationStatus stored, int storedAttempt, int incomingAttempt, ApprovalHandling expected) {}
    var table = new Row[] {
        new Row(PublicationStatus.FAILED, 1, 2, PUBLISH), // review's retry
        new Row(PublicationStatus.FAILED, 2, 2, STALE),
        new Row(PublicationStatus.FAILED, 2, 1, STALE),
        new Row(PublicationStatus.PUBLISHING, 1, 1, RESUME), // redelivered after a crash
        new Row(PublicationStatus.PUBLISHING, 2, 1, STALE),
        new Row(PublicationStatus.PUBLISHING, 1, 2, PUBLISH),
        new Row(PublicationStatus.PUBLISHED, 1, 1, ALREADY_PUBLISHED),
        new Row(PublicationStatus.PUBLISHED, 1, 5, ALREADY_PUBLISHED),
        new Row(PublicationStatus.CANCELLED, 0, 1, CANCELLED),
        new Row(PublicationStatus.CANCELLED, 1, 2, CANCELLED),
        new Row(PublicationStatus.HELD, 1, 1, HELD), // its retry time is ahead: the scheduler retries it
        new Row(PublicationStatus.HELD, 1, 2, PUBLISH),
        new Row(PublicationStatus.HELD, 2, 1, STALE),
    };
    for (Row row : table) {
      assertThat(ApprovalHandling.of(stored(row.stored(), row.storedAttempt()), row.incomingAttempt(), NOW))
          .as("%s attempt %d, approval attempt %d", row.stored(), row.storedAttempt(), row.incomingAttempt())
          .isEqualTo(row.expected());
    }
    assertThat(ApprovalHandling.of(null, 1, NOW)).isEqualTo(PUBLISH);
    assertThat(ApprovalHandling.of(stored(PublicationStatus.HELD, 1), 1, NOW.plus(Duration.ofDays(1))))
        .as("a held attempt whose retry time has come").isEqualTo(RESUME);
    assertThat(ApprovalHandling.values()).filteredOn(ApprovalHandling::exports).containsExactly(PUBLISH, RESUME);
  }

  @Test
  void aCancellationBeforeAnyApprovalLeavesAMarker() {
    assertThat(Publication.cancelled(null, VIDEO, "demo", "carol", "off brand"))
        .hasValueSatisfying(marker -> {
          assertThat(marker.status()).isEqualTo(PublicationStatus.CANCELLED);
          assertThat(marker.publishAttempt()).isZero();
          assertThat(marker.reason()).isEqualTo("cancelled by carol: off brand");
        });
  }

  @Test
  void aFailedOrHeldAttemptCanBeCancelledButPublishingOrPublishedCannot() {
    for (var status : new PublicationStatus[] {PublicationStatus.FAILED, PublicationStatus.HELD}) {
      assertThat(Publication.cancelled(stored(status, 2), VIDEO, "demo", "carol", "off brand")).as("%s", status)
          .hasValueSatisfying(cancelled -> {
            assertThat(cancelled.status()).isEqualTo(PublicationStatus.CANCELLED);
            assertThat(cancelled.publishAttempt()).isEqualTo(2);
          });
    }
    for (var status : new PublicationStatus[] {PublicationStatus.PUBLISHING, PublicationStatus.PUBLISHED,
        PublicationStatus.CANCELLED}) {
      assertThat(Publication.cancelled(stored(status, 1), VIDEO, "demo", "carol", "too late")).as("%s", status)
          .isEmpty();
    }
  }

  private static Publication stored(PublicationStatus status, int attempt) {
    return new Publication(VIDEO, "demo", status, attempt, "export", null, null, "earlier",
        status == PublicationStatus.PUBLISHED ? NOW : null, status == PublicationStatus.HELD ? NOW.plusSeconds(60) : null);
  }
}
