package io.ytautopilot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ytautopilot.benchmarks.DownstreamOffsets.Downstream;
import io.ytautopilot.events.Topics;

import org.junit.jupiter.api.Test;

/**
 * Which topics each stopped service's group skips, and how many records it skips in a partition
 * holding offsets [start, end).
 */
class DownstreamOffsetsTests {

  @Test
  void eachServiceSkipsTheTopicsItWouldActOn() {
    assertThat(Downstream.of("production-service").topics).containsExactlyInAnyOrder(Topics.SCRIPT_DRAFTED,
        Topics.SCRIPT_APPROVED);
    assertThat(Downstream.of("publish-service").topics).containsExactly(Topics.VIDEO_APPROVED);
    assertThatThrownBy(() -> Downstream.of("review-service")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromItsCommittedOffset() {
    assertThat(DownstreamOffsets.recordsSkipped(120L, 100, 5_700)).isEqualTo(5_580);
  }

  @Test
  void allRecordsWhereItHasNoCommittedOffset() {
    assertThat(DownstreamOffsets.recordsSkipped(null, 0, 5_600)).isEqualTo(5_600);
    assertThat(DownstreamOffsets.recordsSkipped(null, 300, 5_600)).isEqualTo(5_300);
  }

  @Test
  void noneInAnEmptyPartitionOrAtTheEnd() {
    assertThat(DownstreamOffsets.recordsSkipped(null, 0, 0)).isZero();
    assertThat(DownstreamOffsets.recordsSkipped(null, 42, 42)).isZero();
    assertThat(DownstreamOffsets.recordsSkipped(5_600L, 0, 5_600)).isZero();
  }

  @Test
  void allRemainingRecordsWhereItsOffsetWasDeletedByRetention() {
    // the consumer would reset to the earliest record left, not resume below it
    assertThat(DownstreamOffsets.recordsSkipped(50L, 300, 5_600)).isEqualTo(5_300);
  }

  @Test
  void allRecordsWhereItsOffsetIsPastTheEndOfARecreatedTopic() {
    // out of range: the consumer would reset to the earliest record and read them all
    assertThat(DownstreamOffsets.recordsSkipped(9_000L, 0, 400)).isEqualTo(400);
  }

  @Test
  void neverNegative() {
    assertThat(DownstreamOffsets.recordsSkipped(null, 500, 400)).isZero();
    assertThat(DownstreamOffsets.recordsSkipped(450L, 500, 400)).isZero();
  }
}
