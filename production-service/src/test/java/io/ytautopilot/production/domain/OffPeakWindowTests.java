package io.ytautopilot.production.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OffPeakWindowTests {

  @Test
  void aWindowCrossingMidnightContainsTheLateEveningAndTheEarlyMorning() {
    var night = OffPeakWindow.parse("22:00-06:00");

    assertThat(night.contains(at("22:00"))).isTrue();
    assertThat(night.contains(at("23:00"))).isTrue();
    assertThat(night.contains(at("00:00"))).isTrue();
    assertThat(night.contains(at("05:59"))).isTrue();
    assertThat(night.contains(at("06:00"))).isFalse();
    assertThat(night.contains(at("12:00"))).isFalse();
    assertThat(night.contains(at("21:59"))).isFalse();
  }

  @Test
  void aWindowWithinADayContainsItsStartButNotItsEnd() {
    var early = OffPeakWindow.parse("01:00-05:00");

    assertThat(early.from()).isEqualTo(at("01:00"));
    assertThat(early.to()).isEqualTo(at("05:00"));
    assertThat(early.contains(at("01:00"))).isTrue();
    assertThat(early.contains(at("04:59"))).isTrue();
    assertThat(early.contains(at("05:00"))).isFalse();
    assertThat(early.contains(at("00:59"))).isFalse();
    assertThat(early.contains(at("23:00"))).isFalse();
  }

  @Test
  void spacesAroundTheTimesAreAllowedAndTheWindowReadsAsWritten() {
    var night = OffPeakWindow.parse(" 22:00 - 06:00 ");

    assertThat(night).isEqualTo(new OffPeakWindow(at("22:00"), at("06:00")));
    assertThat(night).hasToString("22:00-06:00");
  }

  @Test
  void aWindowThatIsNotWrittenHoursToHoursIsRejectedShowingTheInput() {
    for (var bad : new String[] {"22:00", "22:00-", "-06:00", "10pm-6am", "25:00-06:00", "22:00-06:00-07:00", ""}) {
      assertThatThrownBy(() -> OffPeakWindow.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("HH:mm-HH:mm").hasMessageContaining("'" + bad + "'");
    }
    assertThatThrownBy(() -> OffPeakWindow.parse(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HH:mm-HH:mm");
  }

  @Test
  void aWindowOfNoLengthIsRejected() {
    assertThatThrownBy(() -> OffPeakWindow.parse("06:00-06:00")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("06:00-06:00");
  }

  private static LocalTime at(String time) {
    return LocalTime.parse(time);
  }
}
