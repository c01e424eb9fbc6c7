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
 * nothing, with one exception: a render of the current generation that never finished (the
 * service stopped mid-render) is resumed when its event is delivered again. A cancelled video is
 * never rendered again.
 *
 * <p>The job keeps the approved script and the clip of every scene rendered so far. A later
 * generation reuses a clip while its scene is unchanged and its files are intact, so a scene is
 * paid for once.
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
  private RenderedVideo output;
  private Cancellation cancellation;

  private ProductionJob(UUID videoId, String workspaceId, JobState state) {
    this.videoId = Objects.requireNonNull(videoId);
    this.workspaceId = Objects.requireNonNull(workspaceId);
    this.state = Objects.requireNonNull(state);
  }

  /** A new job and what its first approval asks. */
  public record Started(ProductionJob job, Admission admission) {}

  /** The first approval of a video: renders every scene, or fails at once when the script cannot be rendered. */
  public static Started start(ProductionOrder order, Instant now) {
    // generation 0: every approval is newer
    var job = new ProductionJob(order.videoId(), order.workspaceId(), JobState.RENDERING);
    return new Started(job, job.approve(order, Set.of(), now));
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
      Collection<RenderedClip> clips, RenderedVideo output, Cancellation cancellation) {
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
    job.output = output;
    job.cancellation = cancellation;
    return job;
  }

  /**
   * An approved script (ScriptApproved). A newer generation renders every scene whose clip cannot
   * be reused: one whose scene changed, or whose files are not among {@code intactClips}.
   */
  public Admission approve(ProductionOrder order, Set<Integer> intactClips, Instant now) {
    if (state == JobState.CANCELLED) {
      return cancelled(order.generation());
    }
    if (order.generation() < generation) {
      return stale(order.generation());
    }
    if (order.generation() == generation) {
      if (state != JobState.RENDERING) {
        return new Admission.Ignore("generation " + generation + " was already handled: the job is " + state);
      }
      keepOnly(intactClips);
      begin(now);
      return render(false);
    }
    generation = order.generation();
    var problems = order.problems();
    if (problems.isPresent()) {
      // the script on record and its clips stay, for a later generation with a renderable script
      return refuse(problems.get(), now);
    }
    adopt(order.revision(), order.title(), order.scenes());
    keepOnly(intactClips);
    begin(now);
    return render(true);
  }

  /**
   * A request to render named scenes again (ScenesRegenerationRequested); the clips of the other
   * scenes are reused while intact. Only a produced video can have scenes rendered again.
   */
  public Admission regenerate(RegenerationOrder order, Set<Integer> intactClips, Instant now) {
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
    keepOnly(intactClips);
    begin(now);
    return render(true);
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
   * @return false when the job has moved on while it rendered (it was cancelled, or took another
   *         generation): the result is not this job's output and nothing is announced
   */
  public boolean finish(int renderedGeneration, RenderedVideo rendered, Instant now) {
    if (!isRendering(renderedGeneration)) {
      return false;
    }
    state = JobState.DONE;
    output = Objects.requireNonNull(rendered);
    clips.clear();
    rendered.clips().forEach(clip -> clips.put(clip.index(), clip));
    finishedAt = now;
    return true;
  }

  /**
   * Records why {@code renderedGeneration} failed, keeping the clips that did render for the next one.
   *
   * @return false when the job has moved on while it rendered, as for {@link #finish}
   */
  public boolean fail(int renderedGeneration, GenerationFailure failure, Collection<RenderedClip> rendered,
      Instant now) {
    if (!isRendering(renderedGeneration)) {
      return false;
    }
    rendered.forEach(clip -> clips.put(clip.index(), clip));
    state = JobState.FAILED;
    lastError = failure.reason();
    finishedAt = now;
    return true;
  }

  /** The scenes whose clip {@code renderedGeneration} rendered itself: what it paid for (a reused clip is older). */
  public List<SceneScript> scenesRenderedIn(int renderedGeneration) {
    return scenes.stream()
        .filter(scene -> {
          var clip = clips.get(scene.index());
          return clip != null && clip.generation() == renderedGeneration;
        })
        .toList();
  }

  private boolean isRendering(int renderedGeneration) {
    return state == JobState.RENDERING && generation == renderedGeneration;
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

  private void keepOnly(Set<Integer> intactClips) {
    clips.keySet().retainAll(intactClips);
  }

  private void begin(Instant now) {
    state = JobState.RENDERING;
    attempts++;
    lastError = null;
    startedAt = now;
    finishedAt = null;
    output = null;
  }

  private Admission.Render render(boolean announce) {
    var toRender = scenes.stream().filter(scene -> !clips.containsKey(scene.index())).toList();
    return new Admission.Render(generation, new RenderRequest(videoId.toString(), title, scenes), toRender,
        List.copyOf(clips.values()), announce);
  }

  private Admission.Refuse refuse(GenerationFailure failure, Instant now) {
    state = JobState.FAILED;
    lastError = failure.reason();
    finishedAt = now;
    output = null;
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
  /** Empty when the job never started rendering: cancelled before its approval, or refused at once. */
  public Optional<Instant> startedAt() { return Optional.ofNullable(startedAt); }
  public Optional<Instant> finishedAt() { return Optional.ofNullable(finishedAt); }
  public Optional<String> title() { return Optional.ofNullable(title); }
  public List<SceneScript> scenes() { return scenes; }
  /** The clips rendered so far, by scene index: reusable by the next generation while intact. */
  public List<RenderedClip> clips() { return List.copyOf(clips.values()); }
  public Optional<RenderedVideo> output() { return Optional.ofNullable(output); }
  public Optional<Cancellation> cancellation() { return Optional.ofNullable(cancellation); }
}
