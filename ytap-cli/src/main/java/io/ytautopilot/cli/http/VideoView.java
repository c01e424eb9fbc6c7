package io.ytautopilot.cli.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** What ytap shows of review-service's GET /videos/{id} (its VideoDetails); other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record VideoView(
    String id,
    String workspaceId,
    String state,
    long version,
    Script script,
    int approvedRevision,
    int generation,
    int publishAttempt,
    String publishAt,
    String lastFailure,
    String publishedLocation,
    Cost costEstimate,
    double actualCost,
    Progress progress,
    List<HistoryEntry> history) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Script(int revision, String title) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Cost(int revision, double total) {}

  /** production's latest report on the current generation; not part of the version. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Progress(int generation, String stage, int scenesDone, int scenesFailed, int scenesTotal, int percent,
      Integer etaSeconds, String message, String at) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record HistoryEntry(String from, String to, String trigger, String actor, String at, String comment) {}

  List<HistoryEntry> historyOrEmpty() {
    return history == null ? List.of() : history;
  }
}
