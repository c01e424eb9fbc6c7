package io.ytautopilot.trend.adapters;

import io.ytautopilot.trend.domain.SourceFailure;
import io.ytautopilot.trend.domain.SourceSpec;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the options every source kind understands: limit (items per fetch) and timeout. */
final class SourceOptions {
  static final int DEFAULT_LIMIT = 30;
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m)");

  private SourceOptions() {}

  static int limit(SourceSpec spec) {
    String limit = spec.option("limit", String.valueOf(DEFAULT_LIMIT));
    try {
      int parsed = Integer.parseInt(limit.strip());
      if (parsed < 1 || parsed > 100) {
        throw new SourceFailure("option limit must be 1 to 100, not " + limit);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new SourceFailure("option limit is not a number: " + limit);
    }
  }

  /** A duration such as 500ms, 5s, 2m or PT5S. */
  static Duration duration(SourceSpec spec, String option, Duration fallback) {
    String value = spec.options().get(option);
    if (value == null) {
      return fallback;
    }
    Matcher shortForm = SHORT_DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      return switch (shortForm.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        default -> Duration.ofMinutes(amount);
      };
    }
    try {
      return Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new SourceFailure("option " + option + " is not a duration (e.g. 5s, 500ms, PT5S): " + value);
    }
  }
}
