package io.ytautopilot.publish.adapters.youtube;

import com.google.api.client.auth.oauth2.TokenResponseException;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.FileContent;
import com.google.api.client.util.DateTime;
import com.google.api.services.youtube.YouTube;
import com.google.api.services.youtube.model.Video;
import com.google.api.services.youtube.model.VideoSnippet;
import com.google.api.services.youtube.model.VideoStatus;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.ytautopilot.publish.adapters.workspace.PublishConfig;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.PublishOutcome;
import io.ytautopilot.publish.domain.PublishSlot;
import io.ytautopilot.publish.domain.PublishTarget;
import io.ytautopilot.publish.domain.QuotaDay;
import io.ytautopilot.publish.domain.QuotaLedger;
import io.ytautopilot.publish.domain.Release;
import io.ytautopilot.publish.domain.UploadRecord;
import io.ytautopilot.publish.domain.UploadRecords;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Uploads an approved video to its workspace's channel, never twice: the session and then the
 * YouTube id are stored the moment they exist, so a repeated call (a crash, a retry) resumes the
 * stored session or finishes the uploaded video. With nothing stored, the channel's latest uploads
 * are searched for the video's marker first, for a crash between YouTube's answer and storing it.
 * Then the thumbnail. The upload is held when the channel's daily quota would not cover it.
 */
@ApplicationScoped
public class YouTubeUpload implements PublishTarget {
  public static final String NAME = "youtube";
  private static final String WATCH_URL = "https://www.youtube.com/watch?v=";
  // the project's daily units, or the channel's daily upload count: both come back the next day
  private static final Set<String> DAILY_LIMITS = Set.of("quotaExceeded", "dailyLimitExceeded", "uploadLimitExceeded");
  private static final long RECENT_UPLOADS = 50;

  private final YouTubeChannels channels;
  private final UploadRecords uploads;
  private final QuotaLedger quota;

  public YouTubeUpload(YouTubeChannels channels, UploadRecords uploads, QuotaLedger quota) {
    this.channels = channels;
    this.uploads = uploads;
    this.quota = quota;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Network errors and 5xx answers are retried with backoff; each retry resumes where the last one stopped. */
  @Override
  @Retry(retryOn = YouTubeUnavailable.class, maxRetries = 5, delay = 1000, jitter = 200)
  @ExponentialBackoff(factor = 2, maxDelay = 60_000)
  public PublishOutcome publish(ApprovedVideo video) {
    String workspace = video.workspaceId();
    try {
      Optional<String> youtubeId = uploadedId(video);
      if (youtubeId.isPresent()) {
        quota.spend(workspace, QuotaCosts.THUMBNAILS_SET);
      } else {
        int dailyQuota = channels.settings(workspace).dailyQuota();
        if (!quota.reserve(workspace, QuotaCosts.UPLOAD, dailyQuota)) { // the upload and its thumbnail
          return held("the channel's daily API quota of " + dailyQuota + " units would not cover an upload ("
              + QuotaCosts.UPLOAD + " units; " + quota.spentToday(workspace) + " spent today)");
        }
        youtubeId = Optional.of(upload(video));
      }
      setThumbnail(workspace, youtubeId.get(), video.thumbnail());
      return new PublishOutcome.Published(WATCH_URL + youtubeId.get(), youtubeId.get());
    } catch (GoogleJsonResponseException e) {
      if (isDailyLimit(e)) {
        return held("YouTube answered " + e.getStatusCode() + " " + reason(e));
      }
      if (e.getStatusCode() >= 500) {
        throw new YouTubeUnavailable("YouTube answered " + e.getStatusCode() + " " + reason(e), e);
      }
      throw new IllegalStateException("YouTube refused the upload: " + e.getStatusCode() + " " + reason(e), e);
    } catch (TokenResponseException e) {
      if (e.getStatusCode() >= 500) {
        throw new YouTubeUnavailable("Google's token endpoint answered " + e.getStatusCode(), e);
      }
      throw new IllegalStateException("Google refused the channel's OAuth credentials: " + (e.getDetails() == null
          ? e.getStatusCode() : e.getDetails().getError() + " " + e.getDetails().getErrorDescription()), e);
    } catch (IOException e) {
      throw new YouTubeUnavailable("YouTube unreachable: " + e, e);
    }
  }

  /** The marker in the description that finds an upload whose id was never stored. */
  static String marker(ApprovedVideo video) {
    return "ytap:" + video.videoId();
  }

  /** The id of this video on YouTube if an earlier run uploaded it (fully or partly: it finishes that upload). */
  private Optional<String> uploadedId(ApprovedVideo video) throws IOException {
    var stored = uploads.find(video.videoId()).orElse(new UploadRecord(null, null));
    if (stored.externalId() != null) {
      return Optional.of(stored.externalId());
    }
    if (stored.sessionUri() != null) {
      Log.infof("resuming the upload session of video %s", video.videoId());
      var finished = new ResumableSession(channels.requests(video.workspaceId()), stored.sessionUri(), video.video(),
          channels.chunkSize()).finish();
      if (finished.isPresent()) {
        uploads.uploaded(video.videoId(), video.workspaceId(), finished.get().getId());
        return Optional.of(finished.get().getId());
      }
      Log.warnf("the upload session of video %s expired; looking for the video before uploading again",
          video.videoId());
      uploads.sessionExpired(video.videoId());
    }
    Optional<String> found = findByMarker(video);
    found.ifPresent(id -> {
      Log.warnf("video %s is on YouTube already as %s (found by its marker): not uploaded again", video.videoId(), id);
      uploads.uploaded(video.videoId(), video.workspaceId(), id);
    });
    return found;
  }

  /** Searches the channel's latest uploads (its uploads playlist) for the video's marker. */
  private Optional<String> findByMarker(ApprovedVideo video) throws IOException {
    YouTube api = channels.api(video.workspaceId());
    quota.spend(video.workspaceId(), 2 * QuotaCosts.LIST);
    var channel = api.channels().list(List.of("contentDetails")).setMine(true).execute();
    if (channel.getItems() == null || channel.getItems().isEmpty()) {
      throw new IllegalStateException("the credentials of workspace " + video.workspaceId() + " own no channel");
    }
    String uploadsPlaylist = channel.getItems().get(0).getContentDetails().getRelatedPlaylists().getUploads();
    var items = api.playlistItems().list(List.of("snippet")).setPlaylistId(uploadsPlaylist)
        .setMaxResults(RECENT_UPLOADS).execute().getItems();
    String marker = marker(video);
    return items == null ? Optional.empty() : items.stream()
        .filter(item -> item.getSnippet().getDescription() != null
            && item.getSnippet().getDescription().contains(marker))
        .map(item -> item.getSnippet().getResourceId().getVideoId())
        .findFirst();
  }

  /** A new resumable upload in chunks; its session is stored as soon as YouTube opens it. */
  private String upload(ApprovedVideo video) throws IOException {
    YouTube api = channels.api(video.workspaceId(), response -> {
      String session = response.getHeaders().getLocation();
      if (session != null && response.isSuccessStatusCode() && "resumable".equals(
          response.getRequest().getUrl().getFirst("uploadType")) && "POST".equals(response.getRequest().getRequestMethod())) {
        uploads.sessionOpened(video.videoId(), video.workspaceId(), session);
      }
    });
    var insert = api.videos().insert(List.of("snippet", "status"), metadata(video),
        new FileContent("video/mp4", video.video().toFile()));
    // video does not compress: gzip would only cost CPU
    insert.getMediaHttpUploader().setDirectUploadEnabled(false).setDisableGZipContent(true)
        .setChunkSize(channels.chunkSize());
    Video uploaded = insert.execute();
    uploads.uploaded(video.videoId(), video.workspaceId(), uploaded.getId());
    Log.infof("uploaded video %s to YouTube as %s", video.videoId(), uploaded.getId());
    return uploaded.getId();
  }

  private Video metadata(ApprovedVideo video) {
    PublishConfig.Channel channel = channels.settings(video.workspaceId());
    var release = Release.of(video.settings(),
        channel.publishSlot().map(time -> new PublishSlot(time, channel.publishSlotZone())), Instant.now());
    var snippet = new VideoSnippet()
        .setTitle(video.title())
        .setDescription(video.description() + "\n\n" + marker(video))
        .setTags(new ArrayList<>(video.tags()))
        .setCategoryId(channel.categoryId());
    channel.defaultLanguage().ifPresent(language -> snippet.setDefaultLanguage(language)
        .setDefaultAudioLanguage(language));
    var status = new VideoStatus()
        .setPrivacyStatus(release.privacyStatus())
        .setSelfDeclaredMadeForKids(video.settings().madeForKids())
        .setContainsSyntheticMedia(video.settings().containsSyntheticMedia());
    if (release.publishAt() != null) {
      status.setPublishAt(new DateTime(release.publishAt().toEpochMilli()));
    }
    return new Video().setSnippet(snippet).setStatus(status);
  }

  private void setThumbnail(String workspace, String youtubeId, Path thumbnail) throws IOException {
    String type = thumbnail.getFileName().toString().toLowerCase().endsWith(".png") ? "image/png" : "image/jpeg";
    var set = channels.api(workspace).thumbnails().set(youtubeId, new FileContent(type, thumbnail.toFile()));
    set.getMediaHttpUploader().setDirectUploadEnabled(true).setDisableGZipContent(true);
    try {
      set.execute();
    } catch (GoogleJsonResponseException e) {
      if (e.getStatusCode() >= 500 || isDailyLimit(e)) {
        throw e;
      }
      // the video is up and goes public as scheduled: a refused thumbnail (e.g. the channel is not
      // verified for custom thumbnails) must not report it as unpublished
      Log.errorf("ALERT thumbnail of YouTube video %s not set: %d %s", youtubeId, e.getStatusCode(), reason(e));
    }
  }

  private static PublishOutcome.Held held(String why) {
    Instant retryAt = QuotaDay.nextReset(Instant.now());
    return new PublishOutcome.Held(why + "; held until the quota resets at midnight Pacific time", retryAt);
  }

  private static boolean isDailyLimit(GoogleJsonResponseException e) {
    return e.getDetails() != null && e.getDetails().getErrors() != null
        && e.getDetails().getErrors().stream().anyMatch(error -> DAILY_LIMITS.contains(error.getReason()));
  }

  private static String reason(GoogleJsonResponseException e) {
    if (e.getDetails() == null) {
      return e.getStatusMessage();
    }
    var errors = e.getDetails().getErrors();
    String why = errors == null || errors.isEmpty() ? null : errors.get(0).getReason();
    return why == null ? e.getDetails().getMessage() : why + ": " + e.getDetails().getMessage();
  }
}
