package io.ytautopilot.production.adapters.providers;

import io.smallrye.faulttolerance.api.Guard;
import io.ytautopilot.production.adapters.media.EspeakVoiceOver;
import io.ytautopilot.production.adapters.media.FfmpegAssembler;
import io.ytautopilot.production.adapters.media.Java2dThumbnail;
import io.ytautopilot.production.adapters.media.KenBurnsSceneVideo;
import io.ytautopilot.production.adapters.media.MediaTools;
import io.ytautopilot.production.adapters.providers.MediaSettings.Type;
import io.ytautopilot.production.domain.media.Assembler;
import io.ytautopilot.production.domain.media.MediaFormats;
import io.ytautopilot.production.domain.media.Provider;
import io.ytautopilot.production.domain.media.ProviderChain;
import io.ytautopilot.production.domain.media.SceneVideoProvider;
import io.ytautopilot.production.domain.media.ThumbnailProvider;
import io.ytautopilot.production.domain.media.VoiceOverProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the provider chains, the assembler and the workspace formats from {@link MediaSettings},
 * checking everything at once: a chain naming an undefined provider, a provider in a chain it cannot
 * serve, or an HTTP provider without its base URL or model stops the start with every offending key.
 */
public final class ProviderCatalog {
  private static final String PROVIDERS = "yt.production.providers.";

  private final ProviderChain<VoiceOverProvider> voiceOver;
  private final ProviderChain<SceneVideoProvider> sceneVideo;
  private final ProviderChain<ThumbnailProvider> thumbnail;
  private final Assembler assembler;
  private final MediaFormats formats;

  /**
   * @param guards where each HTTP provider's fault-tolerance guard comes from ({@code Guard::create})
   * @throws IllegalArgumentException listing every key that is wrong
   */
  public ProviderCatalog(MediaSettings settings, MediaTools tools, Supplier<Guard.Builder> guards) {
    List<String> problems = new ArrayList<>();
    Factory factory = new Factory(settings.providers(), tools, guards, problems);
    this.voiceOver = factory.chain("voice-over", settings.chains().voiceOver(),
        Set.of(Type.ESPEAK_NG, Type.OPENAI_COMPATIBLE), factory::voiceOver);
    this.sceneVideo = factory.chain("scene-video", settings.chains().sceneVideo(),
        Set.of(Type.FFMPEG, Type.JOB_POLLING), factory::sceneVideo);
    this.thumbnail = factory.chain("thumbnail", settings.chains().thumbnail(),
        Set.of(Type.JAVA2D, Type.OPENAI_COMPATIBLE), factory::thumbnail);
    MediaFormats workspaceFormats = null;
    try {
      workspaceFormats = new WorkspaceFormats(settings.formats(), settings.workspaces());
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("The media providers are misconfigured: " + String.join("; ", problems));
    }
    this.formats = workspaceFormats;
    this.assembler = new FfmpegAssembler("ffmpeg", settings.assembler().pricePerUnit(),
        settings.subtitles().burnIn(), settings.music().file(), settings.music().volume(), tools);
  }

  public ProviderChain<VoiceOverProvider> voiceOver() {
    return voiceOver;
  }

  public ProviderChain<SceneVideoProvider> sceneVideo() {
    return sceneVideo;
  }

  public ProviderChain<ThumbnailProvider> thumbnail() {
    return thumbnail;
  }

  public Assembler assembler() {
    return assembler;
  }

  public MediaFormats formats() {
    return formats;
  }

  /** Makes one provider per chain entry, collecting what is wrong instead of stopping at the first. */
  private record Factory(Map<String, MediaSettings.Provider> providers, MediaTools tools,
      Supplier<Guard.Builder> guards, List<String> problems) {

    interface Maker<P> {
      P make(String name, MediaSettings.Provider settings);
    }

    <P extends Provider> ProviderChain<P> chain(String kind, List<String> names, Set<Type> fitting, Maker<P> maker) {
      String key = "yt.production.chains." + kind;
      List<P> chain = new ArrayList<>();
      for (String name : names.stream().map(String::strip).toList()) {
        MediaSettings.Provider settings = providers.get(name);
        if (settings == null) {
          problems.add(key + " names '" + name + "', which is not a provider: declare " + PROVIDERS + name
              + ".type (one of " + typeKeys(Set.of(Type.values())) + ")");
        } else if (!fitting.contains(settings.type())) {
          problems.add(key + " names '" + name + "' of type " + settings.type().key() + ", which makes no "
              + kind + " (" + PROVIDERS + name + ".type must be one of " + typeKeys(fitting) + ")");
        } else {
          P provider = maker.make(name, settings);
          if (provider != null) {
            chain.add(provider);
          }
        }
      }
      return problems.isEmpty() ? new ProviderChain<>(kind, chain) : null;
    }

    VoiceOverProvider voiceOver(String name, MediaSettings.Provider settings) {
      if (settings.type() == Type.ESPEAK_NG) {
        return new EspeakVoiceOver(name, settings.pricePerUnit(), tools);
      }
      ProviderHttp http = http(name, settings);
      String model = required(name, settings.model().orElse(null), "model");
      String voice = required(name, settings.voice().orElse(null), "voice");
      return http == null || model == null || voice == null ? null
          : new OpenAiVoiceOver(http, model, voice, settings.pricePerUnit());
    }

    SceneVideoProvider sceneVideo(String name, MediaSettings.Provider settings) {
      if (settings.type() == Type.FFMPEG) {
        return new KenBurnsSceneVideo(name, settings.pricePerUnit(), tools);
      }
      ProviderHttp http = http(name, settings);
      return http == null ? null : new JobPollingSceneVideo(http, settings.pollInterval(), settings.pricePerUnit());
    }

    ThumbnailProvider thumbnail(String name, MediaSettings.Provider settings) {
      if (settings.type() == Type.JAVA2D) {
        return new Java2dThumbnail(name, settings.pricePerUnit());
      }
      ProviderHttp http = http(name, settings);
      String model = required(name, settings.model().orElse(null), "model");
      return http == null || model == null ? null : new OpenAiThumbnail(http, model, settings.pricePerUnit());
    }

    private ProviderHttp http(String name, MediaSettings.Provider settings) {
      var baseUrl = settings.baseUrl().filter(url -> url.getScheme() != null && url.getHost() != null);
      if (baseUrl.isEmpty()) {
        problems.add(PROVIDERS + name + ".base-url is required for a provider of type " + settings.type().key()
            + ", an absolute http(s) URL such as https://api.example.com"
            + settings.baseUrl().map(url -> " (was " + url + ")").orElse(""));
        return null;
      }
      // & rather than &&: every wrong duration is reported, not just the first
      boolean timed = positive(name, "timeout", settings.timeout())
          & positive(name, "retry-delay", settings.retryDelay())
          & positive(name, "poll-interval", settings.pollInterval());
      if (!timed) {
        return null;
      }
      return new ProviderHttp(name, baseUrl.get(), settings.apiKey(), settings.timeout(), settings.maxRetries(),
          settings.retryDelay(), guards);
    }

    private boolean positive(String name, String property, Duration duration) {
      if (duration.isNegative() || duration.isZero()) {
        problems.add(PROVIDERS + name + "." + property + " must be positive, was " + duration);
        return false;
      }
      return true;
    }

    private String required(String name, String value, String property) {
      if (value == null || value.isBlank()) {
        problems.add(PROVIDERS + name + "." + property + " is required for this provider");
        return null;
      }
      return value;
    }

    private static String typeKeys(Set<Type> types) {
      return String.join(", ", Arrays.stream(Type.values()).filter(types::contains).map(Type::key).toList());
    }
  }
}
