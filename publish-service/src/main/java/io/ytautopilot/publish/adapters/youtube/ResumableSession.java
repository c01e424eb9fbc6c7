package io.ytautopilot.publish.adapters.youtube;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.EmptyContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpContent;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.services.youtube.model.Video;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resumes an upload session that an earlier run opened, by YouTube's resumable-upload protocol:
 * ask how many bytes arrived ({@code Content-Range: bytes *}{@code /total}, answered 308 with
 * {@code Range: bytes=0-n}), then send the rest from byte n+1 in chunks. The client's
 * MediaHttpUploader can only open new sessions, so this is the part it does not do.
 */
final class ResumableSession {
  private static final int RESUME_INCOMPLETE = 308;
  private static final Pattern RANGE_END = Pattern.compile("bytes=\\d+-(\\d+)");

  private final HttpRequestFactory requests;
  private final GenericUrl session;
  private final Path file;
  private final int chunkSize;

  ResumableSession(HttpRequestFactory requests, String sessionUri, Path file, int chunkSize) {
    this.requests = requests;
    this.session = new GenericUrl(sessionUri);
    this.file = file;
    this.chunkSize = chunkSize;
  }

  /** @return the uploaded video, or empty when the session expired (YouTube keeps one about a week) */
  Optional<Video> finish() throws IOException {
    try (var in = new RandomAccessFile(file.toFile(), "r")) {
      long total = in.length();
      HttpResponse answer = put(new EmptyContent(), "bytes */" + total);
      while (answer.getStatusCode() == RESUME_INCOMPLETE) {
        long next = nextByte(answer);
        answer.disconnect();
        if (next >= total) {
          throw new IllegalStateException("YouTube has all " + total + " bytes but did not finish the upload");
        }
        byte[] chunk = new byte[(int) Math.min(chunkSize, total - next)];
        in.seek(next);
        in.readFully(chunk);
        answer = put(new ByteArrayContent("video/mp4", chunk),
            "bytes " + next + "-" + (next + chunk.length - 1) + "/" + total);
      }
      if (answer.getStatusCode() == 404 || answer.getStatusCode() == 410) {
        answer.disconnect();
        return Optional.empty();
      }
      if (!answer.isSuccessStatusCode()) {
        throw GoogleJsonResponseException.from(YouTubeChannels.JSON, answer);
      }
      return Optional.of(answer.parseAs(Video.class));
    }
  }

  private HttpResponse put(HttpContent content, String contentRange) throws IOException {
    var request = requests.buildPutRequest(session, content)
        .setParser(YouTubeChannels.JSON.createJsonObjectParser())
        .setThrowExceptionOnExecuteError(false)
        .setFollowRedirects(false);
    request.getHeaders().setContentRange(contentRange);
    return request.execute();
  }

  /** The first byte YouTube lacks: after the end of the range it reported, or 0 without one. */
  private static long nextByte(HttpResponse incomplete) {
    String range = incomplete.getHeaders().getRange();
    if (range == null) {
      return 0;
    }
    var matcher = RANGE_END.matcher(range);
    if (!matcher.matches()) {
      throw new IllegalStateException("YouTube reported an unreadable range: " + range);
    }
    return Long.parseLong(matcher.group(1)) + 1;
  }
}
