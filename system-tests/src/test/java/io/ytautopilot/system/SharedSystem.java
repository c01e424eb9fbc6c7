package io.ytautopilot.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running system for every IT class of the run: the five JVMs start once (on fresh databases),
 * kept in JUnit's root store, which stops them when the whole run ends. Tests keep to workspaces of
 * their own, so they can share it. Use with {@code @ExtendWith(SharedSystem.class)}, then {@link #get()}.
 */
final class SharedSystem implements BeforeAllCallback {
  private static PipelineSystem system;

  @Override
  public void beforeAll(ExtensionContext context) {
    system = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .computeIfAbsent(PipelineSystem.class, key -> start(), PipelineSystem.class);
  }

  static PipelineSystem get() {
    return system;
  }

  private static PipelineSystem start() {
    try {
      return PipelineSystem.startFresh();
    } catch (Exception e) {
      throw new IllegalStateException("the system did not start", e);
    }
  }
}
