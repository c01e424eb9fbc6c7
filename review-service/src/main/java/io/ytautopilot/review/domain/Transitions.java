package io.ytautopilot.review.domain;

import static io.ytautopilot.review.domain.Command.*;
import static io.ytautopilot.review.domain.VideoState.*;

import java.util.List;
import java.util.Optional;

/**
 * The whole state machine in one table: from which state a command leads where. Anything not
 * listed is illegal. Gate 2 is reachable only through READY_FOR_GENERATION, which only a Gate 1
 * approval reaches, so no video can be approved for publishing without both approvals.
 */
public final class Transitions {

  /** One row of the table. */
  public record Rule(VideoState from, Command command, VideoState to) {}

  public static final List<Rule> TABLE = List.of(
      new Rule(SCRIPT_PENDING_REVIEW, APPROVE_SCRIPT, READY_FOR_GENERATION),
      new Rule(SCRIPT_PENDING_REVIEW, REJECT_SCRIPT, SCRIPT_REJECTED),
      new Rule(READY_FOR_GENERATION, RECORD_ASSETS, VIDEO_PENDING_REVIEW),
      new Rule(VIDEO_PENDING_REVIEW, APPROVE_VIDEO, READY_FOR_PUBLISH),
      new Rule(VIDEO_PENDING_REVIEW, REJECT_VIDEO, VIDEO_REJECTED),
      new Rule(READY_FOR_PUBLISH, RECORD_PUBLICATION, PUBLISHED));

  private Transitions() {}

  /** The table as a Mermaid state diagram, for the README (kept in step by StateDiagramTests). */
  public static String mermaid() {
    var diagram = new StringBuilder("stateDiagram-v2\n");
    diagram.append("    [*] --> ").append(SCRIPT_PENDING_REVIEW).append(": script drafted\n");
    for (Rule rule : TABLE) {
      diagram.append("    ").append(rule.from()).append(" --> ").append(rule.to())
          .append(": ").append(rule.command().description()).append('\n');
    }
    for (VideoState state : VideoState.values()) {
      if (state.isFinal()) {
        diagram.append("    ").append(state).append(" --> [*]\n");
      }
    }
    return diagram.toString();
  }

  public static Optional<VideoState> target(VideoState from, Command command) {
    return TABLE.stream()
        .filter(rule -> rule.from() == from && rule.command() == command)
        .map(Rule::to)
        .findFirst();
  }
}
