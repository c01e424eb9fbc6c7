package io.ytautopilot.production.domain;

/** What an approval or a regeneration request asks of production, once the job's rules are applied. */
public sealed interface Admission {

  /**
   * The generation waits in the queue (GenerationStarted is due).
   *
   * @param scenesToRender the scenes without a clip of an earlier generation to reuse
   */
  record Queued(int generation, int scenesToRender) implements Admission {}

  /** Nothing to do: the event is stale, a duplicate, or about a cancelled video. */
  record Ignore(String why) implements Admission {}

  /** The generation has failed before anything was rendered (GenerationFailed is due). */
  record Refuse(int generation, GenerationFailure failure) implements Admission {}
}
