package io.ytautopilot.editorial.adapters.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The LLM router: two entries tried in order, premium then budget, and a price table. An entry
 * without a base URL or an API key is not configured and skipped; with neither entry configured
 * every phase uses the offline code, which is the local default.
 */
@ConfigMapping(prefix = "yt.editorial.llm")
public interface LlmConfig {
  Entry premium();

  Entry budget();

  /** USD per million tokens, by model name (quote names with dots: "gpt-4.1-mini"). */
  Map<String, Price> prices();

  interface Entry {
    /** openai (OpenAI and every server that speaks its chat completions API: Ollama, vLLM, ...) or anthropic. */
    @WithDefault("openai")
    String type();

    /** e.g. https://api.openai.com/v1, https://api.anthropic.com/v1/, http://127.0.0.1:11434/v1 */
    Optional<String> baseUrl();

    Optional<String> apiKey();

    @WithDefault("gpt-4o-mini")
    String model();

    /** One attempt's limit. */
    @WithDefault("30s")
    Duration timeout();

    /** Attempts before the router moves on to the next entry: 3 to 5. */
    @WithDefault("4")
    int maxAttempts();

    /** The wait before the first retry; each further wait doubles, up to maxBackoff. */
    @WithDefault("1s")
    Duration initialBackoff();

    @WithDefault("8s")
    Duration maxBackoff();

    @WithDefault("4096")
    int maxOutputTokens();

    OptionalDouble temperature();
  }

  interface Price {
    double inputPerMillion();

    double outputPerMillion();
  }
}
