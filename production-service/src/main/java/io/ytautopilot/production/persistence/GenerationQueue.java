package io.ytautopilot.production.persistence;

import static io.ytautopilot.eventing.blocking.ReactiveTransactions.await;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.ytautopilot.production.domain.OffPeakWindow;
import io.ytautopilot.production.domain.ProductionJob;
import io.ytautopilot.production.domain.QueuePolicy;
import io.ytautopilot.production.domain.media.ProviderChain;
import io.ytautopilot.production.domain.media.SceneVideoProvider;
import io.ytautopilot.production.domain.media.ThumbnailProvider;
import io.ytautopilot.production.domain.media.VoiceOverProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.MDC;

/**
 * The generation queue: admitted videos wait in the database (QUEUED) and this instance renders
 * them one at a time, oldest first, either as soon as it is free or at the scheduled runs
 * ({@code yt.production.queue.start}), and never while a provider it would use is outside its
 * off-peak window. Interrupted renders (an expired claim, or one held by an earlier process on this
 * host, i.e. before a crash and restart) are resumed first, whatever the schedule.
 */
@ApplicationScoped
public class GenerationQueue {
  private final ProductionWorkflow workflow;
  private final VideoProduction production;
  private final QueueSettings settings;
  private final QueuePolicy policy;
  private final List<String> preferredProviders;
  private final String owner;
  private final String sameHostPattern;
  private final ReentrantLock working = new ReentrantLock();
  private final AtomicBoolean scheduledRunDue = new AtomicBoolean();
  private final AtomicReference<UUID> rendering = new AtomicReference<>();
  // the schedules fire from before start-up ends until after shutdown begins: work only in between
  private final AtomicBoolean running = new AtomicBoolean();

  public GenerationQueue(ProductionWorkflow workflow, VideoProduction production, QueueSettings settings,
      ProviderChain<VoiceOverProvider> voices, ProviderChain<SceneVideoProvider> pictures,
      ProviderChain<ThumbnailProvider> thumbnails) {
    this.workflow = workflow;
    this.production = production;
    this.settings = settings;
    var windows = new LinkedHashMap<String, OffPeakWindow>();
    settings.offPeak().forEach((provider, window) -> windows.put(provider, OffPeakWindow.parse(window)));
    this.policy = new QueuePolicy(windows, ZoneId.of(settings.zone()));
    this.preferredProviders = List.of(voices.preferred().name(), pictures.preferred().name(),
        thumbnails.preferred().name());
    String host = hostName();
    // a restarted process on the same host (a container restarted in its pod) takes over its predecessor's claims
    this.owner = host + "#" + ProcessHandle.current().pid() + "@" + Instant.now().toEpochMilli();
    this.sameHostPattern = host.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "#%";
  }

  void started(@Observes StartupEvent startup) {
    running.set(true);
  }

  void stopping(@Observes ShutdownEvent shutdown) {
    running.set(false);
  }

  /** What a newly queued video's progress says about when it will start. */
  public String admissionMessage() {
    var hold = policy.holdReason(preferredProviders, Instant.now());
    if (hold.isPresent()) {
      return "queued, " + hold.get();
    }
    if (settings.start() == QueueSettings.Start.ON_SCHEDULE) {
      return "queued until the next scheduled run (" + settings.cron() + ")";
    }
    return rendering.get() == null ? "queued" : "queued behind video " + rendering.get();
  }

  @Scheduled(every = "${yt.production.queue.poll-interval:1s}", delayed = "2s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    work();
  }

  @Scheduled(cron = "${yt.production.queue.cron:0 0 * * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledRun() {
    if (settings.start() == QueueSettings.Start.ON_SCHEDULE) {
      Log.info("scheduled run of the generation queue");
      scheduledRunDue.set(true);
      work();
    }
  }

  /** Keeps the claim on the video being rendered while a slow provider works on one scene. */
  @Scheduled(every = "${yt.production.queue.lease-renewal:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void renewLease() {
    var videoId = rendering.get();
    if (videoId != null && running.get()) {
      await(() -> workflow.renewLease(videoId, owner, Instant.now().plus(settings.lease())));
    }
  }

  /** Renders until nothing is left that may start now; one caller at a time, the others return at once. */
  void work() {
    if (!running.get() || !working.tryLock()) {
      return;
    }
    try {
      for (Optional<ProductionJob> next = claim(); next.isPresent() && running.get(); next = claim()) {
        var job = next.get();
        rendering.set(job.videoId());
        // the render's log lines name the video, as the events about it do
        MDC.put("videoId", job.videoId().toString());
        MDC.put("workspaceId", job.workspaceId());
        try {
          production.render(job, new VideoProduction.Lease(owner, settings.lease()));
        } catch (RuntimeException e) {
          // the claim expires and the render resumes; the next poll tries the rest of the queue
          Log.errorf(e, "video %s: rendering generation %d stopped; it resumes when its claim expires",
              job.videoId(), job.generation());
          return;
        } finally {
          rendering.set(null);
          MDC.remove("videoId");
          MDC.remove("workspaceId");
        }
      }
      scheduledRunDue.set(false);
    } finally {
      working.unlock();
    }
  }

  private Optional<ProductionJob> claim() {
    boolean startQueued = (settings.start() == QueueSettings.Start.IMMEDIATELY || scheduledRunDue.get())
        && policy.holdReason(preferredProviders, Instant.now()).isEmpty();
    return Optional.ofNullable(await(() -> workflow.claimNext(owner, sameHostPattern,
        Instant.now().plus(settings.lease()), startQueued)));
  }

  private static String hostName() {
    var fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
