package io.ytautopilot.publish.domain;

import java.util.List;

/** Port: reads published videos' statistics from the platform. */
public interface StatisticsSource {

  /**
   * @param externalIds the platform's ids of the workspace's videos
   * @return the statistics of those the platform still has (a deleted video is missing)
   */
  List<VideoStatistics> read(String workspaceId, List<String> externalIds);
}
