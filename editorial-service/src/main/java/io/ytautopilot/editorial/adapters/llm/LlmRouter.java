package io.ytautopilot.editorial.adapters.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.quarkus.logging.Log;
import io.ytautopilot.editorial.domain.LanguageModels;
import io.ytautopilot.editorial.domain.ModelCall;
import io.ytautopilot.editorial.domain.Phase;
import io.ytautopilot.editorial.domain.ScriptWriter;
import io.ytautopilot.editorial.domain.TrendCandidate;
import io.ytautopilot.editorial.domain.VideoPackage;
import io.ytautopilot.editorial.domain.WorkspaceMemory;
import io.ytautopilot.editorial.domain.WorkspaceProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The language models behind {@link LanguageModels}: premium first, then budget, each retried by its
 * guard; an entry that is not configured is skipped. Answers are JSON, parsed with Jackson and held
 * to the same checks as any package; a malformed answer is a failed attempt, never passed on.
 */
@ApplicationScoped
public class LlmRouter implements LanguageModels {
  private final List<ChatEntry> entries = new ArrayList<>();
  private final Prompts prompts;
  private final PromptValues values;
  private final ObjectMapper json;

  LlmRouter(LlmConfig config, Prompts prompts, PromptValues values, ObjectMapper json) {
    this.prompts = prompts;
    this.values = values;
    this.json = json;
    add("premium", config.premium(), config);
    add("budget", config.budget(), config);
    if (entries.isEmpty()) {
      Log.info("no LLM configured (yt.editorial.llm.premium/budget): every draft comes from the offline writer");
    }
  }

  @Override
  public Answer<Choice> select(WorkspaceProfile workspace, List<TrendCandidate> candidates, WorkspaceMemory memory,
      String promptVariant) {
    String prompt = prompts.render("selection", promptVariant, values.selection(workspace, candidates, memory));
    return ask(Phase.SELECTION, prompt, text -> choice(read(text, Answers.Selection.class), candidates.size()));
  }

  @Override
  public Answer<VideoPackage> write(WorkspaceProfile workspace, TrendCandidate trend, String promptVariant) {
    String prompt = prompts.render("package", promptVariant, values.writing(workspace, trend));
    return ask(Phase.PACKAGE, prompt, text -> read(text, Answers.Package.class).toPackage(trend.title(), workspace));
  }

  @Override
  public Answer<ScriptWriter.Rewrite> revise(WorkspaceProfile workspace, VideoPackage previous, int revision,
      String notes) {
    String prompt = prompts.render("revision", "default", values.revision(workspace, previous, revision, notes));
    return ask(Phase.PACKAGE, prompt, text -> {
      Answers.Package answer = read(text, Answers.Package.class);
      if (answer.changeNote() == null || answer.changeNote().isBlank()) {
        throw new MalformedAnswer("the revision has no changeNote for the reviewer");
      }
      return new ScriptWriter.Rewrite(answer.toPackage(previous.topic(), workspace), answer.changeNote().strip());
    });
  }

  /** Entry by entry until one gives a valid answer; every call recorded either way. */
  private <T> Answer<T> ask(Phase phase, String prompt, Function<String, T> parse) {
    List<ModelCall> calls = new ArrayList<>();
    for (ChatEntry entry : entries) {
      Optional<T> answer = entry.ask(phase, prompt, parse, calls::add);
      if (answer.isPresent()) {
        return new Answer<>(answer, calls);
      }
    }
    return new Answer<>(Optional.empty(), calls);
  }

  private static Choice choice(Answers.Selection answer, int candidates) {
    if (answer.candidate() == null || answer.candidate() < 1 || answer.candidate() > candidates) {
      throw new MalformedAnswer("candidate " + answer.candidate() + " is not one of the " + candidates + " offered");
    }
    if (answer.reason() == null || answer.reason().isBlank()) {
      throw new MalformedAnswer("the selection gives no reason");
    }
    return new Choice(answer.candidate() - 1, answer.reason().strip());
  }

  /** The JSON object in the answer; models like to wrap it in a code fence or a sentence. */
  private <T> T read(String text, Class<T> type) {
    int start = text == null ? -1 : text.indexOf('{');
    int end = text == null ? -1 : text.lastIndexOf('}');
    if (start < 0 || end < start) {
      throw new MalformedAnswer("the answer holds no JSON object");
    }
    try {
      return json.readValue(text.substring(start, end + 1), type);
    } catch (JsonProcessingException e) {
      throw new MalformedAnswer("the answer is not the JSON asked for: " + e.getOriginalMessage(), e);
    }
  }

  private void add(String name, LlmConfig.Entry entry, LlmConfig config) {
    if (entry.baseUrl().isEmpty() || entry.apiKey().isEmpty()) {
      return;
    }
    LlmConfig.Price price = config.prices().get(entry.model());
    if (price == null) {
      Log.warnf("no price for model %s in yt.editorial.llm.prices: its calls are recorded at 0 USD", entry.model());
    }
    entries.add(new ChatEntry(name, entry.model(), chatModel(name, entry), price, entry));
    Log.infof("LLM entry %s: %s model %s at %s", name, entry.type(), entry.model(), entry.baseUrl().get());
  }

  /** langchain4j's own retries are off: the guard retries, and records every attempt. */
  private static ChatModel chatModel(String name, LlmConfig.Entry entry) {
    return switch (entry.type()) {
      case "openai" -> OpenAiChatModel.builder()
          .baseUrl(entry.baseUrl().get())
          .apiKey(entry.apiKey().get())
          .modelName(entry.model())
          .timeout(entry.timeout())
          .maxRetries(0)
          .maxTokens(entry.maxOutputTokens())
          .temperature(entry.temperature().isPresent() ? entry.temperature().getAsDouble() : null)
          .responseFormat(ResponseFormat.JSON)
          .build();
      case "anthropic" -> AnthropicChatModel.builder()
          .baseUrl(entry.baseUrl().get())
          .apiKey(entry.apiKey().get())
          .modelName(entry.model())
          .timeout(entry.timeout())
          .maxRetries(0)
          .maxTokens(entry.maxOutputTokens())
          .temperature(entry.temperature().isPresent() ? entry.temperature().getAsDouble() : null)
          .build();
      default -> throw new IllegalArgumentException("yt.editorial.llm." + name + ".type is '" + entry.type()
          + "'; openai or anthropic");
    };
  }
}
