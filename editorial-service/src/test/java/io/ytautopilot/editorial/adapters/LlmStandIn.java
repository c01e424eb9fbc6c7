package io.ytautopilot.editorial.adapters;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real local HTTP server standing in for the paid models: WireMock on a random loopback port,
 * answering at /premium/v1 in OpenAI's chat completions format and at /budget/v1 in Anthropic's
 * messages format, with the shapes those APIs return. The profile points the router at it with
 * short timeouts and backoffs (20-40-80 ms).
 */
public class LlmStandIn implements QuarkusTestResourceLifecycleManager {
  public static final String PREMIUM = "/premium/v1/chat/completions";
  public static final String BUDGET = "/budget/v1/messages";
  private static final ObjectMapper JSON = new ObjectMapper();
  static WireMockServer server;

  public static class Profile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(LlmStandIn.class));
    }
  }

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    String base = "http://127.0.0.1:" + server.port();
    return Map.ofEntries(
        Map.entry("yt.editorial.llm.premium.type", "openai"),
        Map.entry("yt.editorial.llm.premium.base-url", base + "/premium/v1"),
        Map.entry("yt.editorial.llm.premium.api-key", "test-key"),
        Map.entry("yt.editorial.llm.premium.model", "gpt-test"),
        Map.entry("yt.editorial.llm.premium.timeout", "1s"),
        Map.entry("yt.editorial.llm.premium.max-attempts", "4"),
        Map.entry("yt.editorial.llm.premium.initial-backoff", "20ms"),
        Map.entry("yt.editorial.llm.premium.max-backoff", "80ms"),
        Map.entry("yt.editorial.llm.budget.type", "anthropic"),
        Map.entry("yt.editorial.llm.budget.base-url", base + "/budget/v1/"),
        Map.entry("yt.editorial.llm.budget.api-key", "test-key"),
        Map.entry("yt.editorial.llm.budget.model", "claude-test"),
        Map.entry("yt.editorial.llm.budget.timeout", "1s"),
        Map.entry("yt.editorial.llm.budget.max-attempts", "3"),
        Map.entry("yt.editorial.llm.budget.initial-backoff", "20ms"),
        Map.entry("yt.editorial.llm.budget.max-backoff", "80ms"),
        Map.entry("yt.editorial.llm.prices.\"gpt-test\".input-per-million", "2.0"),
        Map.entry("yt.editorial.llm.prices.\"gpt-test\".output-per-million", "8.0"),
        Map.entry("yt.editorial.llm.prices.\"claude-test\".input-per-million", "1.0"),
        Map.entry("yt.editorial.llm.prices.\"claude-test\".output-per-million", "5.0"));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** An OpenAI chat completion whose message content is the given text. */
  public static ResponseDefinitionBuilder openAi(String content, int promptTokens, int completionTokens) {
    return WireMock.okJson(json(Map.of(
        "id", "chatcmpl-test", "object", "chat.completion", "created", 1764100000, "model", "gpt-test",
        "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
            "message", Map.of("role", "assistant", "content", content))),
        "usage", Map.of("prompt_tokens", promptTokens, "completion_tokens", completionTokens,
            "total_tokens", promptTokens + completionTokens))));
  }

  /** An Anthropic message whose text block is the given text. */
  public static ResponseDefinitionBuilder anthropic(String text, int inputTokens, int outputTokens) {
    return WireMock.okJson(json(Map.of(
        "id", "msg_test", "type", "message", "role", "assistant", "model", "claude-test",
        "content", List.of(Map.of("type", "text", "text", text)),
        "stop_reason", "end_turn",
        "usage", Map.of("input_tokens", inputTokens, "output_tokens", outputTokens))));
  }

  /** A package answer: the given number of scenes of the given length. */
  public static String packageAnswer(String title, int scenes, int secondsEach) {
    List<Map<String, Object>> planned = new ArrayList<>();
    for (int i = 1; i <= scenes; i++) {
      planned.add(Map.of("narration", "Part " + i + " of the story, told plainly.",
          "visualPrompt", "clean flat illustration of part " + i, "onScreenText", "Part " + i,
          "durationSeconds", secondsEach));
    }
    return json(Map.of("title", title, "description", "What it is. Why it matters.",
        "tags", List.of("science", "space", "explainer", "learn", "shorts"),
        "hook", "Here is something you have never noticed.", "callToAction", "Follow for the next one.",
        "scenes", planned, "changeNote", "Shortened the hook as asked."));
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
