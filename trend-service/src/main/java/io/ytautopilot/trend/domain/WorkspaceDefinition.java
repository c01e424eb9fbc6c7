package io.ytautopilot.trend.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything that defines a workspace (one channel). Two definitions are equal exactly when
 * nothing about the channel changed, which is what keeps an unchanged definition from becoming a
 * new version.
 *
 * @param allowSelfReview whether one reviewer may approve both gates of a video; false (four eyes)
 *     unless the workspace says so, and for definitions stored before the setting existed
 */
public record WorkspaceDefinition(
    String id,
    String name,
    String niche,
    List<String> nicheKeywords,
    String language,
    String audience,
    Brand brand,
    TargetFormat targetFormat,
    int targetLengthSeconds,
    double budgetPerVideoUsd,
    double budgetPerMonthUsd,
    List<SourceSpec> sources,
    String fetchCron,
    int topicRepeatWindowDays,
    List<PromptExperiment> promptExperiments,
    boolean allowSelfReview) {

  /** Every six hours, on the hour (Quartz cron: seconds first). */
  public static final String DEFAULT_FETCH_CRON = "0 0 */6 * * ?";
  public static final int DEFAULT_TOPIC_REPEAT_WINDOW_DAYS = 90;

  public WorkspaceDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(targetFormat, "targetFormat");
    nicheKeywords = nicheKeywords == null ? List.of() : List.copyOf(nicheKeywords);
    sources = sources == null ? List.of() : List.copyOf(sources);
    fetchCron = fetchCron == null ? DEFAULT_FETCH_CRON : fetchCron;
    promptExperiments = promptExperiments == null ? List.of() : List.copyOf(promptExperiments);
  }
}
