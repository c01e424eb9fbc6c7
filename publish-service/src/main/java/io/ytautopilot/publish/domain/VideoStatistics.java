package io.ytautopilot.publish.domain;

/** A published video's counts as the platform reported them. */
public record VideoStatistics(String externalId, long views, long likes, long comments) {}
