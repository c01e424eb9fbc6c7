package io.ytautopilot.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ytautopilot.review.domain.ScriptDiff.Op;
import io.ytautopilot.review.domain.ScriptDiff.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptDiffTests {

  @Test
  void changedWordsAreDeletedAndInsertedAndTheRestIsShared() {
    var field = ScriptDiff.field("narration", "Octopuses have three hearts.", "Octopuses have two extra hearts.");

    assertThat(field.changed()).isTrue();
    assertThat(field.segments()).containsExactly(new Segment(Op.EQUAL, "Octopuses have"),
        new Segment(Op.DELETE, " three"), new Segment(Op.INSERT, " two extra"), new Segment(Op.EQUAL, " hearts."));
  }

  @Test
  void lineBreaksAndSpacingSurviveAndTheSidesRebuildBothTexts() {
    String older = "First line.\nSecond  line here.";
    String newer = "First line.\nA second line\nhere.";
    var field = ScriptDiff.field("description", older, newer);

    assertThat(text(field.segments(), Op.INSERT)).isEqualTo(newer);
    assertThat(text(field.segments(), Op.DELETE)).isEqualTo(older);
  }

  @Test
  void identicalTextIsOneUnchangedSegment() {
    var field = ScriptDiff.field("title", "Three hearts", "Three hearts");
    assertThat(field.changed()).isFalse();
    assertThat(field.segments()).containsExactly(new Segment(Op.EQUAL, "Three hearts"));
  }

  @Test
  void everyFieldOfEveryScenePairIsComparedAndAnAddedSceneIsAllInserted() {
    var older = Fixtures.script(1);
    var scenes = new java.util.ArrayList<>(older.scenes());
    scenes.set(1, new Script.Scene(2, "Two hearts for the gills.", "gills", "Fact 2", 5));
    scenes.add(new Script.Scene(4, "And blue blood.", "blue blood", "Fact 4", 4));
    var newer = new Script(2, older.topic(), older.title(), older.description(), List.of("octopus", "ocean"),
        older.hook(), older.callToAction(), scenes, "more facts", "editorial-service", List.of(), null);

    var diff = ScriptDiff.between(older, newer);

    assertThat(diff.from()).isEqualTo(1);
    assertThat(diff.to()).isEqualTo(2);
    assertThat(diff.fields()).filteredOn(ScriptDiff.Field::changed).extracting(ScriptDiff.Field::name)
        .containsExactly("tags", "scene 2 narration", "scene 4 narration", "scene 4 on-screen text",
            "scene 4 visual prompt");
    assertThat(diff.fields()).filteredOn(f -> f.name().equals("scene 4 narration")).singleElement()
        .satisfies(f -> assertThat(f.segments()).containsExactly(new Segment(Op.INSERT, "And blue blood.")));
    assertThat(diff.fields()).hasSize(5 + 4 * 3);
  }

  /** One side of the diff: the shared text plus what only that side has. */
  private static String text(List<Segment> segments, Op side) {
    return segments.stream().filter(s -> s.op() == Op.EQUAL || s.op() == side).map(Segment::text)
        .reduce("", String::concat);
  }
}
