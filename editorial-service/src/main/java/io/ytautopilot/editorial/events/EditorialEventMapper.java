package io.ytautopilot.editorial.events;

import io.ytautopilot.editorial.domain.ChangeRequest;
import io.ytautopilot.editorial.domain.ScriptDraft;
import io.ytautopilot.editorial.domain.TrendCandidate;
import io.ytautopilot.editorial.domain.VideoPackage;
import io.ytautopilot.events.ChangesRequested;
import io.ytautopilot.events.Scene;
import io.ytautopilot.events.ScriptDrafted;
import io.ytautopilot.events.TrendsFetched;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Translates between the Avro contracts and the editorial domain, in both directions. */
@ApplicationScoped
public class EditorialEventMapper {
  public List<TrendCandidate> toCandidates(TrendsFetched event) {
    return event.getTrends().stream()
        .map(trend -> new TrendCandidate(UUID.fromString(trend.getTrendId()), trend.getTitle(), trend.getSource(),
            trend.getUrl(), trend.getScore()))
        .toList();
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
        .build();
  }

  public ChangeRequest toChangeRequest(ChangesRequested event) {
    return new ChangeRequest(UUID.fromString(event.getVideoId()), event.getRevision(), event.getRequestedBy(),
        event.getNotes());
  }
}
