package io.ytautopilot.editorial.api;

import io.ytautopilot.events.BrandIdentity;
import io.ytautopilot.events.PromptExperiment;
import io.ytautopilot.events.WorkspaceConfigured;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** WorkspaceConfigured as trend-service sends it, for the workspaces the service tests draft for. */
public final class Workspaces {
  private Workspaces() {}

  /** A science channel of Shorts with no niche keywords (every fetched trend is on its niche). */
  public static WorkspaceConfigured configured(String workspace, int version, PromptExperiment... experiments) {
    return WorkspaceConfigured.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
        .setWorkspaceId(workspace)
        .setVersion(version)
        .setName("Science channel " + workspace) // in every prompt: tells a test's requests apart
        .setNiche("popular science")
        .setNicheKeywords(List.of())
        .setLanguage("en")
        .setAudience("curious adults")
        .setBrand(BrandIdentity.newBuilder().setTone("warm, precise").setVoice("a friendly narrator")
            .setVisualStyle("clean flat illustration").setBannedTopics(List.of("crypto"))
            .setBannedWords(List.of("miracle")).build())
        .setTargetFormat("SHORTS")
        .setTargetLengthSeconds(30)
        .setBudgetPerVideoUsd(2.0)
        .setBudgetPerMonthUsd(40.0)
        .setFetchCron("0 0 */6 * * ?")
        .setTopicRepeatWindowDays(90)
        .setPromptExperiments(List.of(experiments))
        .build();
  }
}
