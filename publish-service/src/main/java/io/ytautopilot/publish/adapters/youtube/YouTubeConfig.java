package io.ytautopilot.publish.adapters.youtube;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How to reach YouTube; the per-channel settings are in the workspace's configuration. */
@ConfigMapping(prefix = "yt.youtube")
public interface YouTubeConfig {

  /** Root of the Data API (uploads go to {@code <root>upload/youtube/v3/}); tests point it at a local server. */
  @WithDefault("https://youtube.googleapis.com/")
  String apiRootUrl();

  /** Google's OAuth 2.0 token endpoint, where refresh tokens become access tokens. */
  @WithDefault("https://oauth2.googleapis.com/token")
  String tokenUrl();

  /** Bytes per upload request; a multiple of 256 KiB. Bigger is faster, smaller loses less to a broken connection. */
  @WithDefault("8388608")
  int chunkSize();

  @WithDefault("yt-autopilot")
  String applicationName();
}
