package io.ytautopilot.events;

/**
 * The Kafka topic of each event type: part of the contract, so producers, consumers and outside
 * subscribers agree on one name. One topic per event type; keyed by video id (trend events by
 * workspace id) so that all events of one video stay ordered on one partition.
 */
public final class Topics {
  public static final String TRENDS_FETCHED = "yt.trends.fetched";
  public static final String SCRIPT_DRAFTED = "yt.script.drafted";
  public static final String SCRIPT_APPROVED = "yt.script.approved";
  public static final String ASSETS_GENERATED = "yt.assets.generated";
  public static final String VIDEO_APPROVED = "yt.video.approved";
  public static final String VIDEO_PUBLISHED = "yt.video.published";
  public static final String CHANGES_REQUESTED = "yt.script.changes-requested";
  public static final String SCENES_REGENERATION_REQUESTED = "yt.scenes.regeneration-requested";
  public static final String VIDEO_CANCELLED = "yt.video.cancelled";
  public static final String COST_ESTIMATED = "yt.cost.estimated";
  public static final String GENERATION_STARTED = "yt.generation.started";
  public static final String GENERATION_FAILED = "yt.generation.failed";
  public static final String GENERATION_PROGRESS = "yt.generation.progress";
  public static final String PUBLISH_STARTED = "yt.publish.started";
  public static final String PUBLISH_FAILED = "yt.publish.failed";
  public static final String PUBLISH_HELD = "yt.publish.held";
  public static final String SCRIPT_REJECTED = "yt.script.rejected";
  public static final String VIDEO_STATS_UPDATED = "yt.video.stats";
  /** Compacted: the latest WorkspaceConfigured per workspace is its definition. */
  public static final String WORKSPACES = "yt.workspaces";

  private Topics() {}
}
