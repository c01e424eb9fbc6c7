package io.ytautopilot.editorial.adapters;

import io.ytautopilot.editorial.adapters.llm.LlmRouter;
import io.ytautopilot.editorial.domain.Curation;
import io.ytautopilot.editorial.domain.Editor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The editor with the configured LLM router and Phase A limits. */
@Singleton
public class Editors {

  @Produces
  @Singleton
  Editor editor(LlmRouter router,
      @ConfigProperty(name = "yt.editorial.curation.top-n", defaultValue = "10") int topN,
      @ConfigProperty(name = "yt.editorial.curation.min-niche-fit", defaultValue = "0.3") double minNicheFit) {
    return new Editor(router, new Curation(topN, minNicheFit));
  }
}
