package io.ytautopilot.production.adapters.providers;

import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.VoiceOverProvider;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text to speech over the OpenAI API shape ({@code POST /v1/audio/speech}, JSON
 * {@code {model, input, voice, response_format: "wav"}}, bearer key; the body is the audio), which
 * OpenAI and many compatible servers speak. Writes {@code scene-N-voice.wav}.
 */
final class OpenAiVoiceOver implements VoiceOverProvider {
  static final String PATH = "v1/audio/speech";

  private final ProviderHttp http;
  private final String model;
  private final String voice;
  private final double usdPer1kCharacters;

  OpenAiVoiceOver(ProviderHttp http, String model, String voice, double usdPer1kCharacters) {
    this.http = http;
    this.model = model;
    this.voice = voice;
    this.usdPer1kCharacters = usdPer1kCharacters;
  }

  @Override
  public Path speak(SceneScript scene, Path dir) {
    Path wav = HttpFiles.prepare(dir, http.name()).resolve("scene-" + scene.index() + "-voice.wav");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", model);
    body.put("input", scene.narration().strip());
    body.put("voice", voice);
    body.put("response_format", "wav");
    http.exchange(http.postJson(PATH, body), HttpResponse.BodyHandlers.ofFile(wav));
    HttpFiles.requireContent(wav, http.name(), "the speech of scene " + scene.index());
    return wav;
  }

  @Override
  public String name() {
    return http.name();
  }

  @Override
  public double usdPerUnit() {
    return usdPer1kCharacters;
  }

}
