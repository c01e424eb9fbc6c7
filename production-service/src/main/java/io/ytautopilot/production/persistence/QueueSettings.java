package io.ytautopilot.production.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** The generation queue ({@code yt.production.queue.*}). */
@ConfigMapping(prefix = "yt.production.queue")
public interface QueueSettings {

  /** Whether an admitted video starts as soon as the queue is free, or at the scheduled runs. */
  @WithDefault("immediately")
  Start start();

  /** The scheduled runs when {@code start=on-schedule}: hourly by default. */
  @WithDefault("0 0 * * * ?")
  String cron();

  /** How often the queue looks for work (and for interrupted renders to resume). */
  @WithDefault("1s")
  Duration pollInterval();

  /** How often the claim on the video being rendered is renewed; well below {@link #lease()}. */
  @WithDefault("10s")
  Duration leaseRenewal();

  /** How long a claim on a video holds without renewal; a crashed instance's renders resume after it. */
  @WithDefault("60s")
  Duration lease();

  /** Provider name → daily window {@code HH:mm-HH:mm} in {@link #zone()} outside which it is not used. */
  Map<String, String> offPeak();

  @WithDefault("UTC")
  String zone();

  enum Start {
    IMMEDIATELY,
    ON_SCHEDULE
  }
}
