package io.ytautopilot.trend.domain;

import java.util.List;

/** Where trends come from. One implementation per source kind lives in the adapters package. */
public interface TrendSource {

  SourceKind kind();

  /**
   * What the source reports right now; near-duplicates are fine, ranking merges them.
   *
   * @throws SourceFailure when the source cannot deliver
   */
  List<TrendItem> fetch(SourceSpec spec);
}
