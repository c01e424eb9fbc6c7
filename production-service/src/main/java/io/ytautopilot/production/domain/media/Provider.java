package io.ytautopilot.production.domain.media;

/**
 * A provider of one kind of media (voice-over, scene video, thumbnail), one link of an ordered chain.
 * What it charges is part of it, so that the provider which actually served a step is what is billed.
 */
public interface Provider {

  /** A stable name for logs, history and cost lines, e.g. {@code espeak-ng} or {@code openai-tts}. */
  String name();

  /** USD per unit of what this kind of provider bills (1,000 characters, a second of video, an image). */
  double usdPerUnit();
}
