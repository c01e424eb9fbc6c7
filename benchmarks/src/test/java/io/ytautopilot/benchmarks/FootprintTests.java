package io.ytautopilot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** B5's ready lines, copied from the logs of a local stack and of the services. */
class FootprintTests {
  private static final ZoneId UTC = ZoneOffset.UTC;

  @Test
  void registryReportsTheStartUpTimeItsLineStates() {
    String started = "2026-11+00-25 23:05:50 INFO [io.quarkus.bootstrap.runner.Timing] (main) apicurio-registry-app"
        + " 3.3.3 on JVM (powered by Quarkus 3.33.3.1) started in 3.386s. Listening on: http://127.0.0.1:18081."
        + " Management interface listening on http://127.0.0.1:19001.";

    assertThat(Footprint.readySeconds(started, "registry", Instant.parse("2026-11-25T23:05:46Z"), UTC)).hasValue(3.386);
  }

  @Test
  void registryLinesBeforeItStartedAreNotTheReadyLine() {
    String storage = "2026-11+00-25 23:05:50 INFO [io.apicurio.registry.storage.RegistryStorageProducer] (main)"
        + " Using the following RegistryStorage implementation: io.apicurio.registry.storage.impl.sql.SqlRegistryStorage_ClientProxy";

    assertThat(Footprint.readySeconds(storage, "registry", Instant.parse("2026-11-25T23:05:46Z"), UTC)).isEmpty();
  }

  @Test
  void serviceIsReadyAtItsStartedLine() {
    String started = "2026-11-25 22:53:07,324 INFO  [io.quarkus] (main) trend-service 0.1.0-SNAPSHOT on JVM"
        + " (powered by Quarkus 3.33.2) started in 10.956s. Listening on: http://localhost:35533";

    assertThat(Footprint.readySeconds(started, "trend-service", Instant.parse("2026-11-25T22:52:55.824Z"), UTC))
        .hasValue(11.5);
  }

  @Test
  void serviceLineIsReadInTheZoneOfTheLog() {
    String started = "2026-11-25 23:53:07,324 INFO  [io.quarkus] (main) trend-service 0.1.0-SNAPSHOT on JVM"
        + " (powered by Quarkus 3.33.2) started in 10.956s. Listening on: http://localhost:35533";

    assertThat(Footprint.readySeconds(started, "trend-service", Instant.parse("2026-11-25T22:52:55.824Z"),
        ZoneId.of("Europe/Berlin"))).hasValue(11.5);
  }

  @Test
  void kafkaIsReadyAtKafkaServerStarted() {
    String started = "[2026-11-25T23:05:49,144] INFO  [KafkaRaftServer nodeId=1] Kafka Server started (k.s.KafkaRaftServer)";
    String acceptors = "[2026-11-25T23:05:48,544] INFO  [ControllerServer id=1] Waiting for all of the SocketServer"
        + " Acceptors to be started (k.s.ControllerServer)";

    assertThat(Footprint.readySeconds(started, "kafka", Instant.parse("2026-11-25T23:05:44.144Z"), UTC)).hasValue(5.0);
    assertThat(Footprint.readySeconds(acceptors, "kafka", Instant.parse("2026-11-25T23:05:44.144Z"), UTC)).isEmpty();
  }
}
