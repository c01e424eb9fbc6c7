package io.ytautopilot.review.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The bodies of the reviewers' commands. Who sends them comes from the token, never from here;
 * which version they apply to travels in the If-Match header.
 */
public final class CommandRequests {
  private CommandRequests() {}

  /** Gate 1 approval; any field set replaces the drafted one (a new script revision by the reviewer). */
  public record ScriptApproval(
      @Size(max = 4000) String comment,
      @Size(min = 1, max = 100) String title,
      @Size(max = 5000) String description,
      @Size(max = 30) List<@NotBlank @Size(max = 100) String> tags,
      @Size(min = 1, max = 60) List<@Valid @NotNull SceneEdit> scenes,
      @Size(min = 1, max = 2000) String overrideReason) {}

  public record SceneEdit(
      @Positive int index,
      @NotBlank @Size(max = 2000) String narration,
      @NotBlank @Size(max = 2000) String visualPrompt,
      @Size(max = 200) String onScreenText,
      @Min(1) @Max(600) int durationSeconds) {}

  public record ChangeRequest(@NotBlank @Size(max = 4000) String notes) {}

  public record Rejection(@NotBlank @Size(max = 4000) String reason) {}

  /** Gate 2 approval: how the video goes public. */
  public record VideoApproval(
      @Size(max = 4000) String comment,
      Instant publishAt,
      @Pattern(regexp = "private|unlisted|public", message = "must be private, unlisted or public") String privacyStatus,
      Boolean madeForKids,
      Boolean containsSyntheticMedia) {}

  public record Regeneration(
      @NotEmpty @Size(max = 60) List<@NotNull @Positive Integer> scenes,
      @Size(max = 4000) String notes) {}

  public record Retry(@Size(max = 4000) String comment) {}

  public record Cancellation(@NotBlank @Size(max = 4000) String reason) {}

  /** publishAt null clears the schedule: publish as soon as approved. */
  public record Schedule(Instant publishAt) {}
}
