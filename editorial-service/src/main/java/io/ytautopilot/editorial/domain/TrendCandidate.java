package io.ytautopilot.editorial.domain;

import java.util.List;
import java.util.UUID;

/**
 * A scored trend offered by trend-service: a possible topic for the next video.
 *
 * @param sources every source that reported the story
 * @param summary what the story says, when the source gave it; may be null
 * @param nicheFit how well trend-service judged it fits the niche, 0..1
 */
public record TrendCandidate(UUID trendId, String title, String source, String url, double score,
    List<String> sources, String summary, double nicheFit) {

  public TrendCandidate {
    sources = List.copyOf(sources);
  }

  /** Title and summary: what Phase A matches keywords and banned topics against. */
  String text() {
    return summary == null ? title : title + " " + summary;
  }
}
