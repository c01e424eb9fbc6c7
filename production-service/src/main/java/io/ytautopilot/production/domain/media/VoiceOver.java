package io.ytautopilot.production.domain.media;

import java.nio.file.Path;

/** A scene's narration as spoken: the audio file a voice-over provider wrote, and how long it lasts. */
public record VoiceOver(Path audio, double seconds) {}
