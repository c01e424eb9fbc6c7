package io.ytautopilot.production.adapters.media;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.ytautopilot.production.domain.VideoRenderer;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the local renderer, and refuses to start without the tools it runs. */
@Singleton
public class MediaConfiguration {

  @Produces
  @Singleton
  MediaTools mediaTools() {
    return new MediaTools();
  }

  @Produces
  @Singleton
  VideoRenderer videoRenderer(MediaTools tools,
      @ConfigProperty(name = "yt.production.width") int width,
      @ConfigProperty(name = "yt.production.height") int height) {
    return new LocalMediaRenderer(tools, width, height, LocalMediaRenderer.DEFAULT_TIMEOUT);
  }

  /** A missing ffmpeg or espeak-ng fails the start with the fix, not the first render hours later. */
  void verifyTools(@Observes StartupEvent startup, MediaTools tools) {
    tools.verifyInstalled().forEach((tool, version) -> Log.infof("media tool %s: %s", tool, version));
  }
}
