package io.ytautopilot.production.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * When the generation queue may start a video: a provider with an off-peak window is only used
 * inside it, so a video whose providers include one waits until every such window is open.
 */
public final class QueuePolicy {
  private final Map<String, OffPeakWindow> offPeak;
  private final ZoneId zone;

  public QueuePolicy(Map<String, OffPeakWindow> offPeakByProvider, ZoneId zone) {
    this.offPeak = Map.copyOf(offPeakByProvider);
    this.zone = zone;
  }

  /**
   * @param providers the providers a generation would use
   * @return why it must wait at {@code now}, or empty when it may start
   */
  public Optional<String> holdReason(Collection<String> providers, Instant now) {
    var time = now.atZone(zone).toLocalTime();
    return providers.stream().distinct().sorted()
        .filter(provider -> offPeak.containsKey(provider) && !offPeak.get(provider).contains(time))
        .map(provider -> "waiting for the off-peak window of " + provider + " (" + offPeak.get(provider) + " "
            + zone + ")")
        .findFirst();
  }
}
