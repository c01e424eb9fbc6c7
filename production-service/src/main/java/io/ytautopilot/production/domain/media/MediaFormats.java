package io.ytautopilot.production.domain.media;

/** The format each workspace publishes in: shorts (9:16) or long videos (16:9). */
public interface MediaFormats {
  MediaFormat of(String workspaceId);
}
