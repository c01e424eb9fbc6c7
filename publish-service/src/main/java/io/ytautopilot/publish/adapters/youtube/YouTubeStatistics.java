package io.ytautopilot.publish.adapters.youtube;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.services.youtube.model.Video;
import io.ytautopilot.publish.domain.QuotaLedger;
import io.ytautopilot.publish.domain.StatisticsSource;
import io.ytautopilot.publish.domain.VideoStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/** Views, likes and comments from videos.list (part statistics): one unit for up to 50 videos. */
@ApplicationScoped
public class YouTubeStatistics implements StatisticsSource {
  private final YouTubeChannels channels;
  private final QuotaLedger quota;

  public YouTubeStatistics(YouTubeChannels channels, QuotaLedger quota) {
    this.channels = channels;
    this.quota = quota;
  }

  @Override
  public List<VideoStatistics> read(String workspaceId, List<String> externalIds) {
    if (!quota.reserve(workspaceId, QuotaCosts.LIST, channels.settings(workspaceId).dailyQuota())) {
      throw new IllegalStateException("the daily API quota of workspace " + workspaceId + " is spent");
    }
    List<Video> videos;
    try {
      videos = channels.api(workspaceId).videos().list(List.of("statistics")).setId(externalIds)
          .setMaxResults((long) externalIds.size()).execute().getItems();
    } catch (GoogleJsonResponseException e) {
      throw new IllegalStateException("YouTube answered " + e.getStatusCode() + ": " + e.getStatusMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("YouTube unreachable", e);
    }
    return videos == null ? List.of() : videos.stream()
        .filter(video -> video.getStatistics() != null)
        .map(video -> new VideoStatistics(video.getId(), count(video.getStatistics().getViewCount()),
            count(video.getStatistics().getLikeCount()), count(video.getStatistics().getCommentCount())))
        .toList();
  }

  /** YouTube leaves out counts the owner hid (likes, comments when disabled). */
  private static long count(BigInteger value) {
    return value == null ? 0 : value.longValue();
  }
}
