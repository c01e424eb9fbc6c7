package io.ytautopilot.editorial.adapters.llm;

import io.quarkus.logging.Log;
import io.ytautopilot.editorial.domain.PromptVariants;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The prompt texts, one resource per phase and variant (prompts/package/storytelling.txt), with
 * {{placeholders}} filled in. A variant without a text of its own uses the phase's default one, so a
 * misspelt experiment drafts as before (with a warning) rather than failing.
 */
@ApplicationScoped
class Prompts {
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  String render(String phase, String variant, Map<String, String> values) {
    String text = texts.computeIfAbsent(phase + "/" + variant, key -> load(phase, variant));
    for (var value : values.entrySet()) {
      text = text.replace("{{" + value.getKey() + "}}", value.getValue());
    }
    return text;
  }

  private static String load(String phase, String variant) {
    String text = read("prompts/" + phase.toLowerCase(Locale.ROOT) + "/" + variant + ".txt");
    if (text != null) {
      return text;
    }
    Log.warnf("no prompt text for variant '%s' of %s; using the default one", variant, phase);
    String fallback = read("prompts/" + phase.toLowerCase(Locale.ROOT) + "/" + PromptVariants.DEFAULT + ".txt");
    if (fallback == null) {
      throw new IllegalStateException("no default prompt for " + phase);
    }
    return fallback;
  }

  private static String read(String resource) {
    try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
