package io.ytautopilot.production.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The production of one video, generation by generation. Review numbers the generations: the
 * first approval is 1, a retry after a failure or a request to render named scenes again brings
 * the next one. An event for an older or the same generation is stale or a duplicate and changes
 * nothing. An admitted generation waits QUEUED; the queue claims it (RENDERING), and every scene it
 * renders is recorded at once (a checkpoint), so a render interrupted by a crash is claimed again
 * and resumes at the first unfinished scene. A cancelled video is never rendered again.
 *
 * <p>The job keeps the approved script and the clip of every scene rendered so far. A later
 * generation reuses a clip while its scene is unchanged and its files are intact, so a scene is
 * paid for once. A placeholder that stood in for a failed scene is never reused.
 */
public final class ProductionJob {
  private final UUID videoId;
  private final String workspaceId;
  private JobState state;
  private int revision;
  private int generation;
  private int attempts;
  private String lastError;
  private Instant startedAt;
  private Instant finishedAt;
  private String title;
  private List<SceneScript> scenes = List.of();
  private final Map<Integer, RenderedClip> clips = new TreeMap<>();
  private final Map<Integer, String> placeholders = new TreeMap<>();
  private RenderedVideo output;
  private Cancellation cancellation;

  private ProductionJob(UUID videoId, String workspaceId, JobState state) {
    this.videoId = Objects.requireNonNull(videoId);
    this.workspaceId = Objects.requireNonNull(workspaceId);
    this.state = Objects.requireNonNull(state);
  }

  /** A new job and what its first approval asks. */
  public record Started(ProductionJob job, Admission admission) {}

  /** The first approval of a video: queues every scene, or fails at once when the script cannot be rendered. */
  public static Started start(ProductionOrder order, Instant now) {
    // generation 0: every approval is newer
    var job = new ProductionJob(order.videoId(), order.workspaceId(), JobState.QUEUED);
    return new Started(job, job.approve(order, now));
  }

  /** A video cancelled before production heard of it: the marker refuses its approval when it arrives. */
  public static ProductionJob cancelledBeforeApproval(UUID videoId, String workspaceId, Cancellation cancellation) {
    var job = new ProductionJob(videoId, workspaceId, JobState.CANCELLED);
    job.cancellation = Objects.requireNonNull(cancellation);
    job.finishedAt = cancellation.at();
    return job;
  }

  /** Rebuilds a stored job; no rules are checked. */
  public static ProductionJob restore(UUID videoId, String workspaceId, JobState state, int revision, int generation,
      int attempts, String lastError, Instant startedAt, Instant finishedAt, String title, List<SceneScript> scenes,
      Collection<RenderedClip> clips, Map<Integer, String> placeholders, RenderedVideo output,
      Cancellation cancellation) {
    var job = new ProductionJob(videoId, workspaceId, state);
    job.revision = revision;
    job.generation = generation;
    job.attempts = attempts;
    job.lastError = lastError;
    job.startedAt = startedAt;
    job.finishedAt = finishedAt;
    job.title = title;
    job.scenes = sorted(scenes);
    clips.forEach(clip -> job.clips.put(clip.index(), clip));
    job.placeholders.putAll(placeholders);
    job.output = output;
    job.cancellation = cancellation;
    return job;
  }

  /**
   * An approved script (ScriptApproved). A newer generation is queued; it will render every scene
   * whose clip cannot be reused (its scene changed, or its files are gone).
   */
  public Admission approve(ProductionOrder order, Instant now) {
    if (state == JobState.CANCELLED) {
      return cancelled(order.generation());
    }
    if (order.generation() < generation) {
      return stale(order.generation());
    }
    if (order.generation() == generation) {
      return new Admission.Ignore("generation " + generation + " was already admitted: the job is " + state);
    }
    generation = order.generation();
    var problems = order.problems();
    if (problems.isPresent()) {
      // the script on record and its clips stay, for a later generation with a renderable script
      return refuse(problems.get(), now);
    }
    adopt(order.revision(), order.title(), order.scenes());
    return queue(now);
  }

  /**
   * A request to render named scenes again (ScenesRegenerationRequested); the clips of the other
   * scenes are reused while intact. Only a produced video can have scenes rendered again.
   */
  public Admission regenerate(RegenerationOrder order, Instant now) {
    if (state == JobState.CANCELLED) {
      return cancelled(order.generation());
    }
    if (order.generation() <= generation) {
      return stale(order.generation());
    }
    int previous = generation;
    generation = order.generation();
    if (state != JobState.DONE) {
      return refuse(GenerationFailure.of("video " + videoId + " has no finished production to render scenes of"
          + " again (its generation " + previous + " is " + state + ")"), now);
    }
    if (order.scenes().isEmpty()) {
      return refuse(GenerationFailure.of("the request names no scene to render again"), now);
    }
    var known = scenes.stream().map(SceneScript::index).toList();
    var unknown = order.scenes().stream().filter(index -> !known.contains(index)).distinct().sorted().toList();
    if (!unknown.isEmpty()) {
      return refuse(new GenerationFailure("the script of video " + videoId + " has no scene " + unknown
          + "; its scenes are " + known,
          unknown.stream().map(index -> new SceneError(index, "no such scene")).toList()), now);
    }
    order.scenes().forEach(clips::remove);
    return queue(now);
  }

  /**
   * The queue starts (or, after an interruption, resumes) the current generation.
   *
   * @return false when there is nothing to render: the job is neither queued nor rendering
   */
  public boolean claim(Instant now) {
    if (state == JobState.QUEUED) {
      state = JobState.RENDERING;
      attempts++;
      startedAt = now;
      return true;
    }
    return state == JobState.RENDERING;
  }

  /**
   * What the claimed generation still has to render.
   *
   * @param intactClips indexes of the clips on record whose files are still as they were written
   */
  public RenderPlan plan(Set<Integer> intactClips) {
    var reused = clips.values().stream().filter(clip -> intactClips.contains(clip.index())).toList();
    var toRender = scenes.stream()
        .filter(scene -> reused.stream().noneMatch(clip -> clip.index() == scene.index()))
        .toList();
    return new RenderPlan(generation, new RenderRequest(videoId.toString(), title, scenes), toRender, reused);
  }

  /** The scenes without a clip on record: what a queued generation is expected to render and pay for. */
  public List<SceneScript> scenesToRender() {
    return scenes.stream().filter(scene -> !clips.containsKey(scene.index())).toList();
  }

  /**
   * A checkpoint: the clip of one scene rendered by {@code renderedGeneration}.
   *
   * @return false when the job has moved on while it rendered (cancelled, or another generation): the
   *         render should stop
   */
  public boolean recordClip(int renderedGeneration, RenderedClip clip) {
    if (!isRendering(renderedGeneration)) {
      return false;
    }
    clips.put(clip.index(), clip);
    return true;
  }

  /** The answer to a regeneration request for a video production has never heard of. */
  public static Admission.Refuse regenerationWithoutJob(RegenerationOrder order) {
    return new Admission.Refuse(order.generation(), GenerationFailure.of(
        "video " + order.videoId() + " has no finished production to render scenes of again"));
  }

  /** A video cancelled by its reviewer: whatever it was doing, it is never rendered again. */
  public void cancel(Cancellation cancellation) {
    if (state == JobState.CANCELLED) {
      return;
    }
    state = JobState.CANCELLED;
    this.cancellation = Objects.requireNonNull(cancellation);
    finishedAt = cancellation.at();
  }

  /**
   * Records the rendered video of {@code renderedGeneration}.
   *
   * @param placeholders the scenes filled with a placeholder clip, and why each one failed
   * @return false when the job has moved on while it rendered (it was cancelled, or took another
   *         generation): the result is not this job's output and nothing is announced
   */
  public boolean finish(int renderedGeneration, RenderedVideo rendered, Map<Integer, String> placeholders,
      Instant now) {
    if (!isRendering(renderedGeneration)) {
      return false;
    }
    state = JobState.DONE;
    output = Objects.requireNonNull(rendered);
    clips.clear();
    rendered.clips().stream()
        .filter(clip -> !placeholders.containsKey(clip.index()))
        .forEach(clip -> clips.put(clip.index(), clip));
    this.placeholders.clear();
    this.placeholders.putAll(placeholders);
    finishedAt = now;
    return true;
  }

  /**
   * Records why {@code failedGeneration} failed, queued (e.g. over budget) or rendering; the clips it
   * recorded stay for the next one.
   *
   * @return false when the job has moved on, as for {@link #finish}
   */
  public boolean fail(int failedGeneration, GenerationFailure failure, Instant now) {
    if (!isInProgress(failedGeneration)) {
      return false;
    }
    state = JobState.FAILED;
    lastError = failure.reason();
    finishedAt = now;
    return true;
  }

  private boolean isRendering(int renderedGeneration) {
    return state == JobState.RENDERING && generation == renderedGeneration;
  }

  private boolean isInProgress(int someGeneration) {
    return (state == JobState.QUEUED || state == JobState.RENDERING) && generation == someGeneration;
  }

  /** Takes a newly approved script; a clip stays reusable only while its scene is unchanged. */
  private void adopt(int approvedRevision, String approvedTitle, List<SceneScript> approvedScenes) {
    var previous = scenes;
    revision = approvedRevision;
    title = approvedTitle;
    scenes = sorted(approvedScenes);
    clips.keySet().removeIf(index -> scenes.stream()
        .noneMatch(scene -> scene.index() == index && previous.contains(scene)));
  }

  private Admission.Queued queue(Instant now) {
    state = JobState.QUEUED;
    lastError = null;
    startedAt = null;
    finishedAt = null;
    output = null;
    placeholders.clear();
    return new Admission.Queued(generation, scenesToRender().size());
  }

  private Admission.Refuse refuse(GenerationFailure failure, Instant now) {
    state = JobState.FAILED;
    lastError = failure.reason();
    finishedAt = now;
    output = null;
    placeholders.clear();
    return new Admission.Refuse(generation, failure);
  }

  private Admission.Ignore stale(int eventGeneration) {
    return new Admission.Ignore("generation " + eventGeneration + " is stale: the job is at generation " + generation);
  }

  private Admission.Ignore cancelled(int eventGeneration) {
    return new Admission.Ignore("the video was cancelled by " + cancellation.by() + " (" + cancellation.reason()
        + "); generation " + eventGeneration + " is not rendered");
  }

  private static List<SceneScript> sorted(List<SceneScript> scenes) {
    var copy = new ArrayList<>(scenes);
    copy.sort(Comparator.comparingInt(SceneScript::index));
    return List.copyOf(copy);
  }

  public UUID videoId() { return videoId; }
  public String workspaceId() { return workspaceId; }
  public JobState state() { return state; }
  /** The revision of the script on record; 0 before any was approved. */
  public int revision() { return revision; }
  public int generation() { return generation; }
  public int attempts() { return attempts; }
  public Optional<String> lastError() { return Optional.ofNullable(lastError); }
  /** Empty while queued, and when the job never started rendering: cancelled first, or refused at once. */
  public Optional<Instant> startedAt() { return Optional.ofNullable(startedAt); }
  public Optional<Instant> finishedAt() { return Optional.ofNullable(finishedAt); }
  public Optional<String> title() { return Optional.ofNullable(title); }
  public List<SceneScript> scenes() { return scenes; }
  /** The clips rendered so far, by scene index: reusable by the next generation while intact. */
  public List<RenderedClip> clips() { return List.copyOf(clips.values()); }
  public Optional<RenderedVideo> output() { return Optional.ofNullable(output); }
  /** The scenes the finished video shows a placeholder for, and why each one failed. */
  public Map<Integer, String> placeholders() { return Map.copyOf(placeholders); }
  public Optional<Cancellation> cancellation() { return Optional.ofNullable(cancellation); }
}
