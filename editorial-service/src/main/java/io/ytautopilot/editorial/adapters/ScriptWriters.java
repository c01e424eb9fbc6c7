package io.ytautopilot.editorial.adapters;

import io.ytautopilot.editorial.domain.OfflineScriptWriter;
import io.ytautopilot.editorial.domain.ScriptWriter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the script writer. Only the offline one exists yet; an LLM writer would be selected here by configuration. */
@Singleton
public class ScriptWriters {

  @Produces
  @Singleton
  ScriptWriter scriptWriter() {
    return new OfflineScriptWriter();
  }
}
