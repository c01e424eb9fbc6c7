package io.ytautopilot.editorial.domain;

/**
 * Writes the video package for a chosen trend. {@link OfflineScriptWriter} needs nothing outside
 * the JVM; an LLM-backed writer can take its place in the adapters package.
 */
public interface ScriptWriter {
  VideoPackage write(TrendCandidate trend);
}
