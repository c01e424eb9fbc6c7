package io.ytautopilot.publish.adapters.youtube;

import io.ytautopilot.testsupport.youtube.FakeYouTube;
import static io.ytautopilot.publish.TestApprovals.approved;
import static io.ytautopilot.publish.TestApprovals.signed;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.ytautopilot.publish.TestApprovals.Media;
import io.ytautopilot.publish.domain.ApprovedVideo;
import io.ytautopilot.publish.domain.PublishOutcome;
import io.ytautopilot.publish.domain.SignatureCheck;
import io.ytautopilot.publish.events.PublishEventMapper;
import jakarta.inject.Inject;
import java.nio.file.Files;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast the YouTube target uploads to the local fake server through Google's client:
 * a figure to compare runs by, not a limit (nothing is asserted about time).
 */
@QuarkusTest
@QuarkusTestResource(FakeYouTubeResource.class)
class YouTubeUploadThroughputTests {
  private static final int MIB = 1024 * 1024;
  private static final int VIDEO_MIB = 32;

  @Inject
  YouTubeUpload upload;

  @Inject
  PublishEventMapper mapper;

  @Inject
  SignatureCheck signatures;

  @ConfigProperty(name = "yt.youtube.chunk-size")
  int chunkSize;

  @Test
  void printsTheUploadThroughputAgainstTheFakeServer() throws Exception {
    var media = Media.write("tube", VIDEO_MIB * MIB);
    var video = ApprovedVideo.verify(mapper.toClaim(approved(media, signed(media))), signatures);

    long started = System.nanoTime();
    var outcome = upload.publish(video);
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
    assertThat(FakeYouTubeResource.server().bytesOf(media.videoId())).isEqualTo(Files.readAllBytes(media.video()));
    System.out.printf("YouTube upload throughput against the fake server: %.1f MB/s (%d MiB in %d chunks of %d KiB,"
        + " %.2f s, with the marker lookup and the thumbnail)%n", VIDEO_MIB * MIB / 1e6 / seconds, VIDEO_MIB,
        VIDEO_MIB * MIB / chunkSize, chunkSize / 1024, seconds);
  }
}
