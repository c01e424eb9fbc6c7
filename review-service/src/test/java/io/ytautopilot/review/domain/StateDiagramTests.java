package io.ytautopilot.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's state diagram is generated from the transition table. Run with
 * {@code -Dyt.docs.update=true} to rewrite it after changing the table.
 */
class StateDiagramTests {
  private static final Path README = Path.of("..", "README.md");
  private static final String START = "```mermaid\n";
  private static final String END = "```\n";

  @Test
  void theReadmeShowsTheTransitionTableAsItIs() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf(START);
    assertThat(start).as("README.md has a ```mermaid block for the state diagram").isNotNegative();
    int end = readme.indexOf(END, start + START.length());
    String current = readme.substring(start + START.length(), end);
    String generated = Transitions.mermaid();
    if (Boolean.getBoolean("yt.docs.update") && !current.equals(generated)) {
      Files.writeString(README, readme.substring(0, start + START.length()) + generated + readme.substring(end));
      return;
    }
    assertThat(current).as("README state diagram; rerun with -Dyt.docs.update=true to regenerate")
        .isEqualTo(generated);
  }
}
