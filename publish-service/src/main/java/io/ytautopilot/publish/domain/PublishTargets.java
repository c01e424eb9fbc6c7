package io.ytautopilot.publish.domain;

/** Port: the target each workspace publishes to (its channel, or the local export folder). */
public interface PublishTargets {

  PublishTarget forWorkspace(String workspaceId);
}
