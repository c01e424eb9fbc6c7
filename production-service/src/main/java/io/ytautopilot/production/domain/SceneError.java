package io.ytautopilot.production.domain;

/** Why one scene could not be rendered. */
public record SceneError(int index, String error) {}
