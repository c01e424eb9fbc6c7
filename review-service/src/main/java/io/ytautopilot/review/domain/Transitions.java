package io.ytautopilot.review.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The state machine, read from the table in {@code state-machine.md} beside this class: the file
 * reviewers read is the one the service obeys. Anything the table does not list is illegal.
 */
public final class Transitions {
  static final String TABLE_FILE = "state-machine.md";

  /** One row of the table; {@code from} is empty for the row that creates a video. */
  public record Rule(Optional<VideoState> from, Trigger trigger, Guard guard, VideoState to, Effect effect) {}

  public static final List<Rule> TABLE = load();

  private Transitions() {}

  /** The rule for a trigger in a state, if the table has one (it has at most one). */
  public static Optional<Rule> rule(VideoState from, Trigger trigger) {
    return TABLE.stream()
        .filter(rule -> rule.from().equals(Optional.of(from)) && rule.trigger() == trigger)
        .findFirst();
  }

  /** The table as a Mermaid state diagram, for the README (kept in step by StateDiagramTests). */
  public static String mermaid() {
    var edges = new LinkedHashSet<String>();
    for (Rule rule : TABLE) {
      String from = rule.from().map(VideoState::name).orElse("[*]");
      String label = rule.trigger().shortName()
          + (rule.effect() == Effect.NONE ? "" : " / " + rule.effect().label());
      edges.add("    " + from + " --> " + rule.to() + ": " + label);
    }
    var diagram = new StringBuilder("stateDiagram-v2\n");
    edges.forEach(edge -> diagram.append(edge).append('\n'));
    for (VideoState state : VideoState.values()) {
      if (state.isFinal()) {
        diagram.append("    ").append(state).append(" --> [*]\n");
      }
    }
    return diagram.toString();
  }

  private static List<Rule> load() {
    try (InputStream in = Transitions.class.getResourceAsStream(TABLE_FILE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE_FILE + " is missing beside " + Transitions.class.getName());
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the Markdown table's rows; refuses duplicates, which would make the machine ambiguous. */
  static List<Rule> parse(String markdown) {
    var rules = new ArrayList<Rule>();
    for (String line : markdown.lines().toList()) {
      if (!line.startsWith("|") || line.startsWith("| From") || line.startsWith("|--")) {
        continue;
      }
      String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
      if (cells.length != 5) {
        throw new IllegalStateException("a row of " + TABLE_FILE + " needs 5 cells: " + line);
      }
      String from = cells[0].strip();
      var rule = new Rule(from.equals("(new)") ? Optional.empty() : Optional.of(VideoState.valueOf(from)),
          Trigger.parse(cells[1]), Guard.parse(cells[2]), VideoState.valueOf(cells[3].strip()), Effect.parse(cells[4]));
      boolean duplicate = rules.stream()
          .anyMatch(other -> other.from().equals(rule.from()) && other.trigger() == rule.trigger());
      if (duplicate) {
        throw new IllegalStateException(TABLE_FILE + " has two rows for " + from + " + " + rule.trigger().label());
      }
      rules.add(rule);
    }
    return List.copyOf(rules);
  }
}
