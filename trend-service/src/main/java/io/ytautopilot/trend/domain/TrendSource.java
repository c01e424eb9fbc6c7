package io.ytautopilot.trend.domain;

import java.util.List;

/** Where trends come from. Implementations live in the adapters package, one per outside source. */
public interface TrendSource {

  /** What the source reports right now; near-duplicates are fine, ranking merges them. */
  List<TrendItem> fetch();
}
