package io.ytautopilot.trend.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.ytautopilot.trend.domain.Brand;
import io.ytautopilot.trend.domain.PromptExperiment;
import io.ytautopilot.trend.domain.SourceKind;
import io.ytautopilot.trend.domain.SourceSpec;
import io.ytautopilot.trend.domain.TargetFormat;
import io.ytautopilot.trend.domain.WorkspaceDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A workspace definition as the API and the workspace files (YAML) write it. Optional: nicheKeywords,
 * bannedTopics, bannedWords, sources, options and promptExperiments (empty), fetchCron (every 6 h),
 * topicRepeatWindowDays (90), allowSelfReview (false: Gate 2 needs a second reviewer).
 */
public record WorkspaceBody(
    @NotNull @WorkspaceId String id,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String niche,
    @Size(max = 100) List<@NotBlank @Size(max = 100) String> nicheKeywords,
    @NotNull @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*",
        message = "must be a BCP 47 language tag such as en or de-DE") String language,
    @NotBlank @Size(max = 1000) String audience,
    @NotNull @Valid BrandBody brand,
    @NotNull @Pattern(regexp = "SHORTS|LONG", message = "must be SHORTS or LONG") String targetFormat,
    @NotNull @Min(5) @Max(14_400) Integer targetLengthSeconds,
    @NotNull @PositiveOrZero Double budgetPerVideoUsd,
    @NotNull @PositiveOrZero Double budgetPerMonthUsd,
    @Size(max = 20) List<@NotNull @Valid SourceBody> sources,
    @QuartzCron String fetchCron,
    @PositiveOrZero @Max(3650) Integer topicRepeatWindowDays,
    @Size(max = 10) List<@NotNull @Valid ExperimentBody> promptExperiments,
    Boolean allowSelfReview) {

  static final int SHORTS_MAX_SECONDS = 180;

  public record BrandBody(
      @NotBlank @Size(max = 500) String tone,
      @NotBlank @Size(max = 500) String voice,
      @NotBlank @Size(max = 500) String visualStyle,
      List<@NotBlank @Size(max = 200) String> bannedTopics,
      List<@NotBlank @Size(max = 100) String> bannedWords) {}

  /** One trend source; see docs/trends.md for each kind's target and options. */
  public record SourceBody(
      @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}",
          message = "must be 1 to 64 lowercase letters, digits or dashes, starting with a letter or digit") String name,
      @NotNull @Pattern(regexp = "rss|hacker-news|reddit|youtube",
          message = "must be rss, hacker-news, reddit or youtube") String kind,
      @NotBlank @Size(max = 2000) String target,
      Map<@NotBlank String, @NotNull String> options) {}

  public record ExperimentBody(
      @NotNull @Pattern(regexp = "SELECTION|PACKAGE", message = "must be SELECTION or PACKAGE") String phase,
      @NotNull @Size(min = 2, message = "must name at least two variants") List<@NotBlank String> variants) {}

  @JsonIgnore
  @AssertTrue(message = "a SHORTS video is at most 180 seconds long (targetLengthSeconds)")
  public boolean isShortsAtMostThreeMinutes() {
    return !"SHORTS".equals(targetFormat) || targetLengthSeconds == null || targetLengthSeconds <= SHORTS_MAX_SECONDS;
  }

  @JsonIgnore
  @AssertTrue(message = "budgetPerMonthUsd must cover at least one video (budgetPerVideoUsd)")
  public boolean isMonthlyBudgetCoveringAVideo() {
    return budgetPerVideoUsd == null || budgetPerMonthUsd == null || budgetPerMonthUsd >= budgetPerVideoUsd;
  }

  @JsonIgnore
  @AssertTrue(message = "source names must be unique within the workspace")
  public boolean isSourceNamesUnique() {
    if (sources == null) {
      return true;
    }
    List<String> names = sources.stream().filter(Objects::nonNull).map(SourceBody::name).toList();
    return names.stream().distinct().count() == names.size();
  }

  /** Only call on a valid body. */
  WorkspaceDefinition toDomain() {
    return new WorkspaceDefinition(id, name.strip(), niche.strip(), nicheKeywords, language, audience.strip(),
        new Brand(brand.tone(), brand.voice(), brand.visualStyle(), brand.bannedTopics(), brand.bannedWords()),
        TargetFormat.valueOf(targetFormat), targetLengthSeconds, budgetPerVideoUsd, budgetPerMonthUsd,
        sources == null ? null : sources.stream()
            .map(source -> new SourceSpec(source.name(), SourceKind.byId(source.kind()).orElseThrow(),
                source.target().strip(), source.options()))
            .toList(),
        fetchCron == null ? null : fetchCron.strip(),
        topicRepeatWindowDays == null ? WorkspaceDefinition.DEFAULT_TOPIC_REPEAT_WINDOW_DAYS : topicRepeatWindowDays,
        promptExperiments == null ? null : promptExperiments.stream()
            .map(experiment -> new PromptExperiment(experiment.phase(), experiment.variants()))
            .toList(),
        Boolean.TRUE.equals(allowSelfReview));
  }

  static WorkspaceBody of(WorkspaceDefinition definition) {
    var brand = definition.brand();
    return new WorkspaceBody(definition.id(), definition.name(), definition.niche(), definition.nicheKeywords(),
        definition.language(), definition.audience(),
        new BrandBody(brand.tone(), brand.voice(), brand.visualStyle(), brand.bannedTopics(), brand.bannedWords()),
        definition.targetFormat().name(), definition.targetLengthSeconds(), definition.budgetPerVideoUsd(),
        definition.budgetPerMonthUsd(),
        definition.sources().stream()
            .map(source -> new SourceBody(source.name(), source.kind().id(), source.target(), source.options()))
            .toList(),
        definition.fetchCron(), definition.topicRepeatWindowDays(),
        definition.promptExperiments().stream()
            .map(experiment -> new ExperimentBody(experiment.phase(), experiment.variants()))
            .toList(),
        definition.allowSelfReview());
  }
}
