package io.ytautopilot.trend.events;

import io.ytautopilot.events.BrandIdentity;
import io.ytautopilot.events.PromptExperiment;
import io.ytautopilot.events.TrendSourceSpec;
import io.ytautopilot.events.WorkspaceConfigured;
import io.ytautopilot.trend.domain.Workspace;
import io.ytautopilot.trend.domain.WorkspaceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Builds WorkspaceConfigured, the whole definition of a workspace at one version. */
@ApplicationScoped
public class WorkspaceEventMapper {

  public WorkspaceConfigured workspaceConfigured(Workspace workspace) {
    WorkspaceDefinition definition = workspace.definition();
    return WorkspaceConfigured.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(workspace.updatedAt())
        .setWorkspaceId(definition.id())
        .setVersion(workspace.version())
        .setName(definition.name())
        .setNiche(definition.niche())
        .setNicheKeywords(definition.nicheKeywords())
        .setLanguage(definition.language())
        .setAudience(definition.audience())
        .setBrand(BrandIdentity.newBuilder()
            .setTone(definition.brand().tone())
            .setVoice(definition.brand().voice())
            .setVisualStyle(definition.brand().visualStyle())
            .setBannedTopics(definition.brand().bannedTopics())
            .setBannedWords(definition.brand().bannedWords())
            .build())
        .setTargetFormat(definition.targetFormat().name())
        .setTargetLengthSeconds(definition.targetLengthSeconds())
        .setBudgetPerVideoUsd(definition.budgetPerVideoUsd())
        .setBudgetPerMonthUsd(definition.budgetPerMonthUsd())
        .setSources(definition.sources().stream()
            .map(source -> TrendSourceSpec.newBuilder()
                .setName(source.name())
                .setKind(source.kind().id())
                .setTarget(source.target())
                .setOptions(Map.copyOf(source.options()))
                .build())
            .toList())
        .setFetchCron(definition.fetchCron())
        .setTopicRepeatWindowDays(definition.topicRepeatWindowDays())
        .setPromptExperiments(definition.promptExperiments().stream()
            .map(experiment -> PromptExperiment.newBuilder()
                .setPhase(experiment.phase())
                .setVariants(experiment.variants())
                .build())
            .toList())
        .setAllowSelfReview(definition.allowSelfReview())
        .build();
  }
}
