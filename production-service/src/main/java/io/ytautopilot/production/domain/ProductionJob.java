package io.ytautopilot.production.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The production of one video. A job is started before its render and finished or failed after
 * it; a job left RENDERING (the service stopped mid-render) or FAILED may be restarted, a DONE job
 * never is, so a redelivered or replayed approval renders nothing twice.
 */
public final class ProductionJob {
  private final UUID videoId;
  private final String workspaceId;
  private JobState state;
  private int attempts;
  private String lastError;
  private Instant startedAt;
  private Instant finishedAt;
  private RenderedVideo output;

  private ProductionJob(UUID videoId, String workspaceId, JobState state, int attempts, Instant startedAt) {
    this.videoId = Objects.requireNonNull(videoId);
    this.workspaceId = Objects.requireNonNull(workspaceId);
    this.state = Objects.requireNonNull(state);
    this.attempts = attempts;
    this.startedAt = Objects.requireNonNull(startedAt);
  }

  /** The first attempt at a video. */
  public static ProductionJob start(UUID videoId, String workspaceId, Instant now) {
    return new ProductionJob(videoId, workspaceId, JobState.RENDERING, 1, now);
  }

  /** Rebuilds a stored job; no rules are checked. */
  public static ProductionJob restore(UUID videoId, String workspaceId, JobState state, int attempts,
      String lastError, Instant startedAt, Instant finishedAt, RenderedVideo output) {
    var job = new ProductionJob(videoId, workspaceId, state, attempts, startedAt);
    job.lastError = lastError;
    job.finishedAt = finishedAt;
    job.output = output;
    return job;
  }

  /** Another attempt, after a failure or after a render that never finished. */
  public void restart(Instant now) {
    if (state == JobState.DONE) {
      throw new IllegalStateException("video " + videoId + " is already produced; it is not rendered again");
    }
    state = JobState.RENDERING;
    attempts++;
    lastError = null;
    startedAt = now;
    finishedAt = null;
  }

  public void finish(RenderedVideo rendered, Instant now) {
    expectRendering("finish");
    state = JobState.DONE;
    output = Objects.requireNonNull(rendered);
    finishedAt = now;
  }

  public void fail(String error, Instant now) {
    expectRendering("fail");
    state = JobState.FAILED;
    lastError = error;
    finishedAt = now;
  }

  private void expectRendering(String action) {
    if (state != JobState.RENDERING) {
      throw new IllegalStateException("cannot " + action + " the job of video " + videoId + ": it is " + state);
    }
  }

  public boolean isDone() { return state == JobState.DONE; }
  public UUID videoId() { return videoId; }
  public String workspaceId() { return workspaceId; }
  public JobState state() { return state; }
  public int attempts() { return attempts; }
  public Optional<String> lastError() { return Optional.ofNullable(lastError); }
  public Instant startedAt() { return startedAt; }
  public Optional<Instant> finishedAt() { return Optional.ofNullable(finishedAt); }
  public Optional<RenderedVideo> output() { return Optional.ofNullable(output); }
}
