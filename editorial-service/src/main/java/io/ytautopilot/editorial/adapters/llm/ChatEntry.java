package io.ytautopilot.editorial.adapters.llm;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.Guard;
import io.ytautopilot.editorial.domain.ModelCall;
import io.ytautopilot.editorial.domain.Phase;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One router entry: a chat model behind a SmallRye Fault Tolerance guard (a timeout per attempt,
 * retries with exponential backoff and no jitter). Every attempt is recorded, failed ones too, with
 * the tokens the provider reported and their price.
 */
final class ChatEntry {
  private final String name;
  private final String model;
  private final ChatModel chat;
  private final LlmConfig.Price price;
  private final Duration timeout;
  private final Guard guard;

  ChatEntry(String name, String model, ChatModel chat, LlmConfig.Price price, LlmConfig.Entry config) {
    if (config.maxAttempts() < 3 || config.maxAttempts() > 5) {
      throw new IllegalArgumentException("yt.editorial.llm." + name + ".max-attempts is " + config.maxAttempts()
          + "; between 3 and 5 attempts are allowed");
    }
    this.name = name;
    this.model = model;
    this.chat = chat;
    this.price = price;
    this.timeout = config.timeout();
    long worstCase = config.maxAttempts() * (config.timeout().toMillis() + config.maxBackoff().toMillis());
    this.guard = Guard.create()
        .withDescription("llm-" + name)
        .withTimeout().duration(config.timeout().toMillis(), ChronoUnit.MILLIS).done()
        .withRetry()
            .maxRetries(config.maxAttempts() - 1)
            .delay(config.initialBackoff().toMillis(), ChronoUnit.MILLIS)
            .jitter(0, ChronoUnit.MILLIS)
            .maxDuration(worstCase + 60_000, ChronoUnit.MILLIS)
            .withExponentialBackoff().factor(2).maxDelay(config.maxBackoff().toMillis(), ChronoUnit.MILLIS).done()
            .done()
        .build();
  }

  String name() {
    return name;
  }

  /** The parsed answer, or empty once every attempt failed. */
  @SuppressWarnings("unchecked")
  <T> Optional<T> ask(Phase phase, String prompt, Function<String, T> parse, Consumer<ModelCall> record) {
    try {
      return Optional.of((T) guard.call(() -> attempt(phase, prompt, parse, record), Object.class));
    } catch (Exception e) {
      Log.warnf("LLM entry %s (%s) gave up on %s: %s", name, model, phase, e.toString());
      return Optional.empty();
    }
  }

  private <T> T attempt(Phase phase, String prompt, Function<String, T> parse, Consumer<ModelCall> record) {
    long started = System.nanoTime();
    ChatResponse response;
    try {
      response = chat.chat(ChatRequest.builder().messages(UserMessage.from(prompt)).build());
    } catch (RuntimeException e) {
      boolean timedOut = timedOut(e, started);
      record.accept(call(phase, null, started, timedOut ? ModelCall.Outcome.TIMEOUT : ModelCall.Outcome.FAILED));
      if (timedOut) {
        Thread.interrupted(); // the timeout interrupted this thread; the retry's wait must not see it
      }
      throw e;
    }
    try {
      T parsed = parse.apply(response.aiMessage().text());
      record.accept(call(phase, response.tokenUsage(), started, ModelCall.Outcome.OK));
      return parsed;
    } catch (MalformedAnswer e) {
      record.accept(call(phase, response.tokenUsage(), started, ModelCall.Outcome.MALFORMED));
      Log.infof("LLM entry %s (%s) answered %s malformed: %s", name, model, phase, e.getMessage());
      throw e;
    }
  }

  private boolean timedOut(Throwable e, long started) {
    if (Duration.ofNanos(System.nanoTime() - started).compareTo(timeout) >= 0) {
      return true;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InterruptedException || cause.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
    }
    return false;
  }

  private ModelCall call(Phase phase, TokenUsage usage, long started, ModelCall.Outcome outcome) {
    int input = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
    int output = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
    double cost = price == null ? 0 : (input * price.inputPerMillion() + output * price.outputPerMillion()) / 1e6;
    return new ModelCall(phase, name, model, input, output, (System.nanoTime() - started) / 1_000_000, cost, outcome);
  }
}
