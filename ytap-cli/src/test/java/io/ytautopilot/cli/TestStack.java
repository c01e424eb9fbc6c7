package io.ytautopilot.cli;

/** The throw-away test stack of ./yt-autopilot test (infra-up test): real Kafka and registry. */
public final class TestStack {
  public static final String KAFKA = System.getProperty("ytap.test.kafka", "127.0.0.1:19092");
  public static final String REGISTRY =
      System.getProperty("ytap.test.registry", "http://127.0.0.1:18081/apis/registry/v3");

  private TestStack() {}
}
