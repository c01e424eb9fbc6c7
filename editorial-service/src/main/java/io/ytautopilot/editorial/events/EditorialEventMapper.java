package io.ytautopilot.editorial.events;

import io.ytautopilot.editorial.domain.ChangeRequest;
import io.ytautopilot.editorial.domain.Phase;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.domain.TrendCandidate;
import io.ytautopilot.editorial.domain.VideoPackage;
import io.ytautopilot.editorial.domain.WorkspaceProfile;
import io.ytautopilot.events.BrandIdentity;
import io.ytautopilot.events.Chapter;
import io.ytautopilot.events.ChangesRequested;
import io.ytautopilot.events.ComplianceFinding;
import io.ytautopilot.events.ModelCall;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.TrendsFetched;
import io.ytautopilot.events.WorkspaceConfigured;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Translates between the Avro contracts and the editorial domain, in both directions. */
@ApplicationScoped
public class EditorialEventMapper {
  public List<TrendCandidate> toCandidates(TrendsFetched event) {
    return event.getTrends().stream()
        .map(trend -> new TrendCandidate(UUID.fromString(trend.getTrendId()), trend.getTitle(), trend.getSource(),
            trend.getUrl(), trend.getScore(), trend.getSources(), trend.getSummary(), trend.getNicheFit()))
        .toList();
  }

  /** An experiment on a phase editorial does not know is left out rather than failing the workspace. */
  public WorkspaceProfile toProfile(WorkspaceConfigured event) {
    BrandIdentity brand = event.getBrand();
    Map<Phase, List<String>> experiments = new EnumMap<>(Phase.class);
    event.getPromptExperiments().forEach(experiment -> Arrays.stream(Phase.values())
        .filter(phase -> phase.name().equalsIgnoreCase(experiment.getPhase()))
        .findFirst()
        .ifPresent(phase -> experiments.put(phase, List.copyOf(experiment.getVariants()))));
    return new WorkspaceProfile(event.getWorkspaceId(), event.getVersion(), event.getName(), event.getNiche(),
        event.getNicheKeywords(), event.getLanguage(), event.getAudience(),
        new WorkspaceProfile.Brand(brand.getTone(), brand.getVoice(), brand.getVisualStyle(), brand.getBannedTopics(),
            brand.getBannedWords()),
        event.getTargetFormat(), event.getTargetLengthSeconds(), event.getTopicRepeatWindowDays(), experiments);
  }

  public ScriptDrafted scriptDrafted(ScriptDraft draft) {
    VideoPackage videoPackage = draft.videoPackage();
    return ScriptDrafted.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(draft.createdAt())
        .setVideoId(draft.videoId().toString())
        .setWorkspaceId(draft.workspaceId())
        .setRevision(draft.revision())
        .setTopic(videoPackage.topic())
        .setTitle(videoPackage.title())
        .setDescription(videoPackage.description())
        .setTags(videoPackage.tags())
        .setHook(videoPackage.hook())
        .setCallToAction(videoPackage.callToAction())
        .setScenes(videoPackage.scenes().stream()
            .map(scene -> new Scene(scene.index(), scene.narration(), scene.visualPrompt(), scene.onScreenText(),
                scene.durationSeconds()))
            .toList())
        .setAnswersNotes(draft.answersNotes())
        .setChapters(videoPackage.chapters().stream()
            .map(chapter -> new Chapter(chapter.startSeconds(), chapter.title()))
            .toList())
        .setSelectionReason(draft.brief().selectionReason())
        .setComplianceFindings(draft.findings().stream()
            .map(finding -> new ComplianceFinding(finding.rule(), finding.severity().name(), finding.message(),
                finding.excerpt(), finding.location()))
            .toList())
        .setModelCalls(draft.modelCalls().stream()
            .map(call -> new ModelCall(call.phase().name(), call.provider(), call.model(), call.inputTokens(),
                call.outputTokens(), call.latencyMillis(), call.costUsd(), call.outcome().name()))
            .toList())
        .setPromptVariants(draft.brief().promptVariants().entrySet().stream()
            .collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue)))
        .setTargetFormat(draft.brief().targetFormat())
        .build();
  }

  public ChangeRequest toChangeRequest(ChangesRequested event) {
    return new ChangeRequest(UUID.fromString(event.getVideoId()), event.getRevision(), event.getRequestedBy(),
        event.getNotes());
  }
}
