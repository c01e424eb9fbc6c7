package io.ytautopilot.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTests {

  @Test
  void aKeyIgnoresCaseAccentsPunctuationAndArticles() {
    assertThat(Phrases.keyOf("The James Webb Telescope!")).isEqualTo("james webb telescope");
    assertThat(Phrases.keyOf("  james   WEBB telescope")).isEqualTo("james webb telescope");
    assertThat(Phrases.keyOf("Schr\u00f6dinger's Cat, Explained")).isEqualTo("schrodinger s cat explained");
    assertThat(Phrases.keyOf("Why Is the Sky Blue?")).isEqualTo("why is sky blue");
  }

  @Test
  void aTextMentionsAPhraseInSingularOrPluralButNotItsWordsApart() {
    assertThat(Phrases.mentions("Miracle diet pill sold online", "diet pills")).isTrue();
    assertThat(Phrases.mentions("A pill for every diet", "diet pills")).isFalse();
    assertThat(Phrases.stem("octopuses")).isEqualTo("octopus");
    assertThat(Phrases.stem("hearts")).isEqualTo("heart");
  }
}
