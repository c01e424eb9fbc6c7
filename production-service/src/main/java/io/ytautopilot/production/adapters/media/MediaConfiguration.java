package io.ytautopilot.production.adapters.media;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the media tools, and refuses to start without them. */
@Singleton
public class MediaConfiguration {

  @Produces
  @Singleton
  MediaTools mediaTools() {
    return new MediaTools();
  }

  /** A missing ffmpeg or espeak-ng fails the start with the fix, not the first render hours later. */
  void verifyTools(@Observes StartupEvent startup, MediaTools tools) {
    tools.verifyInstalled().forEach((tool, version) -> Log.infof("media tool %s: %s", tool, version));
  }
}
