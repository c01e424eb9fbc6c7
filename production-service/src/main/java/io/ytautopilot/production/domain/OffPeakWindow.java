package io.ytautopilot.production.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** The daily hours in which a provider is cheaper or allowed, e.g. {@code 22:00-06:00} (may cross midnight). */
public record OffPeakWindow(LocalTime from, LocalTime to) {
  public OffPeakWindow {
    if (from == null || to == null || from.equals(to)) {
      throw new IllegalArgumentException("an off-peak window needs a start and a different end, was " + from
          + "-" + to);
    }
  }

  /** @throws IllegalArgumentException unless the text is {@code HH:mm-HH:mm} */
  public static OffPeakWindow parse(String text) {
    var parts = text == null ? new String[0] : text.strip().split("-");
    if (parts.length != 2) {
      throw new IllegalArgumentException("an off-peak window is written HH:mm-HH:mm, e.g. 22:00-06:00, was '"
          + text + "'");
    }
    try {
      return new OffPeakWindow(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("an off-peak window is written HH:mm-HH:mm, e.g. 22:00-06:00, was '"
          + text + "': " + e.getMessage(), e);
    }
  }

  public boolean contains(LocalTime time) {
    return from.isBefore(to)
        ? !time.isBefore(from) && time.isBefore(to)
        : !time.isBefore(from) || time.isBefore(to);
  }

  @Override
  public String toString() {
    return from + "-" + to;
  }
}
