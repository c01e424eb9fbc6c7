package io.ytautopilot.editorial.domain;

import static io.ytautopilot.editorial.domain.Fixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScriptDraftTests {
  private static final Instant DRAFTED = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant REVISED = Instant.parse("2026-11-21T09:30:00Z");
  private static final String NOTES = "Open with the three hearts.";

  private final ScriptWriter writer = new OfflineScriptWriter();
  private final ScriptDraft first = ScriptDraft.first(UUID.randomUUID(), "science-shorts", UUID.randomUUID(), DRAFTED,
      writer.write(candidate("Why Octopuses Have Three Hearts", 50)),
      new ScriptDraft.Brief("SHORTS", "Best score.", Map.of()), List.of(), List.of());

  @Test
  void notesOnTheLatestRevisionGiveTheNextRevisionOfTheSameVideo() {
    ScriptDraft second = first.answer(request(1), writer, REVISED).orElseThrow();

    assertThat(second.revision()).isEqualTo(2);
    assertThat(second.videoId()).isEqualTo(first.videoId());
    assertThat(second.workspaceId()).isEqualTo(first.workspaceId());
    assertThat(second.trendId()).isEqualTo(first.trendId());
    assertThat(second.answersNotes()).isEqualTo(NOTES);
    assertThat(second.changeNote()).contains(NOTES);
    assertThat(second.createdAt()).isEqualTo(REVISED);
    assertThat(second.brief()).isEqualTo(first.brief());
    assertThat(second.videoPackage()).isEqualTo(writer.revise(first.videoPackage(), 2, NOTES).videoPackage());
    assertThat(second.answer(request(2), writer, REVISED)).get().extracting(ScriptDraft::revision).isEqualTo(3);
  }

  @Test
  void notesOnAnyOtherRevisionAreStaleAndChangeNothing() {
    ScriptDraft second = first.answer(request(1), writer, REVISED).orElseThrow();

    assertThat(second.answer(request(1), writer, REVISED)).isEmpty();
    assertThat(second.answer(request(3), writer, REVISED)).isEmpty();
  }

  @Test
  void aRevisionOnAnotherTopicIsRefused() {
    ScriptWriter offTopic = new ScriptWriter() {
      @Override
      public VideoPackage write(TrendCandidate trend) {
        return writer.write(trend);
      }

      @Override
      public Rewrite revise(VideoPackage previous, int revision, String notes) {
        return new Rewrite(writer.write(candidate("What Causes the Northern Lights?", 50)), "a new topic");
      }
    };

    assertThatThrownBy(() -> first.answer(request(1), offTopic, REVISED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'What Causes the Northern Lights?' instead of 'Why Octopuses Have Three Hearts'");
  }

  private ChangeRequest request(int revision) {
    return new ChangeRequest(first.videoId(), revision, "alice", NOTES);
  }
}
