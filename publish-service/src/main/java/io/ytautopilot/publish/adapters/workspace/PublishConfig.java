package io.ytautopilot.publish.adapters.workspace;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** Where each workspace publishes: {@code yt.publish.workspaces."<id>".*}; unlisted workspaces export. */
@ConfigMapping(prefix = "yt.publish")
public interface PublishConfig {

  Map<String, Workspace> workspaces();

  interface Workspace {
    /** export (a local folder) or youtube (the workspace's channel). */
    @WithDefault("export")
    String target();

    Channel youtube();
  }

  /** The workspace's YouTube channel: OAuth client, the channel owner's refresh token, defaults. */
  interface Channel {
    Optional<String> clientId();

    Optional<String> clientSecret();

    Optional<String> refreshToken();

    /** YouTube's video category, e.g. 22 People &amp; Blogs, 27 Education, 28 Science &amp; Technology. */
    @WithDefault("22")
    String categoryId();

    /** BCP-47 language of title and description, e.g. en; unset leaves it to YouTube. */
    Optional<String> defaultLanguage();

    /** API units the channel's Google Cloud project may spend per day (YouTube's default grant: 10,000). */
    @WithDefault("10000")
    int dailyQuota();

    /** Time of day a video meant to be public goes public when the reviewer gave no time, e.g. 17:00. */
    Optional<LocalTime> publishSlot();

    @WithDefault("UTC")
    ZoneId publishSlotZone();
  }
}
