package io.ytautopilot.publish;

import static org.awaitility.Awaitility.await;

import io.ytautopilot.eventing.failures.FailedRecords;
import io.ytautopilot.eventing.failures.FailureTopics;
import io.ytautopilot.events.Topics;
import io.ytautopilot.testsupport.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/** Where publish-service puts an approval it cannot verify: its dead-letter topic, with the reason. */
public final class RefusedApprovals {
  public static final String DEAD_LETTERS = FailureTopics.deadLetterTopic(Topics.VIDEO_APPROVED, "publish-service");

  private RefusedApprovals() {}

  /** A dead-lettered approval of the video: the reason it was refused, and how often it was tried. */
  public record DeadLetter(String reason, String attempts) {}

  public static DeadLetter awaitDeadLetter(String videoId, Duration timeout) {
    String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    var record = await("an approval of " + videoId + " on " + DEAD_LETTERS).atMost(timeout)
        .until(() -> TopicRecords.withKey(bootstrap, DEAD_LETTERS, videoId, Duration.ZERO), found -> !found.isEmpty())
        .get(0);
    return new DeadLetter(header(record.headers().lastHeader(FailedRecords.REASON)),
        header(record.headers().lastHeader(FailedRecords.ATTEMPTS)));
  }

  private static String header(org.apache.kafka.common.header.Header header) {
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
