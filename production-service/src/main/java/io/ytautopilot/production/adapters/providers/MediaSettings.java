package io.ytautopilot.production.adapters.providers;

import java.nio.file.Path;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.ytautopilot.production.domain.media.MediaFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The media providers, their chains and the frame each workspace renders in ({@code yt.production.*}).
 * A provider is declared once under its name and then placed in a chain by that name; the same name is
 * what cost lines and history show.
 */
@ConfigMapping(prefix = "yt.production")
public interface MediaSettings {

  /** Every provider by name: {@code yt.production.providers.<name>.*}. */
  Map<String, Provider> providers();

  Chains chains();

  Formats formats();

  /** {@code yt.production.workspaces."<workspaceId>".format}: a workspace not listed renders LONG videos. */
  Map<String, Workspace> workspaces();

  Assembler assembler();

  Subtitles subtitles();

  Music music();

  enum Type {
    /** local text to speech */
    ESPEAK_NG,
    /** local scene video: a Java2D card with a Ken Burns pan */
    FFMPEG,
    /** local thumbnail */
    JAVA2D,
    /** text to speech or images over the OpenAI API shape, depending on the chain it is in */
    OPENAI_COMPATIBLE,
    /** text to video over a submit-and-poll job protocol */
    JOB_POLLING;

    /** As it is written in configuration, e.g. {@code openai-compatible}. */
    public String key() {
      return name().toLowerCase().replace('_', '-');
    }
  }

  interface Provider {
    /** espeak-ng | ffmpeg | java2d | openai-compatible | job-polling */
    Type type();

    /** Where an HTTP provider is served, e.g. {@code https://api.openai.com}; required by the HTTP types. */
    Optional<URI> baseUrl();

    /** Sent as {@code Authorization: Bearer <api-key>} when set. */
    Optional<String> apiKey();

    Optional<String> model();

    /** The voice of a text-to-speech provider. */
    Optional<String> voice();

    /**
     * How long one HTTP request may take; for a job-polling provider also how long the job may take
     * from submission to the finished download.
     */
    @WithDefault("60s")
    Duration timeout();

    /** Retries after the first attempt, on timeouts, connection errors, 429 and 5xx. */
    @WithDefault("3")
    @PositiveOrZero
    int maxRetries();

    /** The first retry's delay; it doubles with each retry (plus jitter). */
    @WithDefault("500ms")
    Duration retryDelay();

    /** How often a job-polling provider asks whether its job is done. */
    @WithDefault("1s")
    Duration pollInterval();

    /** USD per unit of what the chain bills: 1,000 characters, a second of video or an image. */
    @WithDefault("0")
    @PositiveOrZero
    double pricePerUnit();
  }

  /** Provider names in the order they are tried, premium first. */
  interface Chains {
    @WithDefault("espeak-ng")
    @NotEmpty
    List<@NotBlank String> voiceOver();

    @WithDefault("ffmpeg")
    @NotEmpty
    List<@NotBlank String> sceneVideo();

    @WithDefault("java2d")
    @NotEmpty
    List<@NotBlank String> thumbnail();
  }

  /** Pixel sizes, {@code <width>x<height>}, even numbers. */
  interface Formats {
    @WithName("long")
    @WithDefault("640x360")
    @Pattern(regexp = "\\d+x\\d+", message = "must be <width>x<height>, e.g. 640x360")
    String longVideos();

    @WithDefault("360x640")
    @Pattern(regexp = "\\d+x\\d+", message = "must be <width>x<height>, e.g. 360x640")
    String shorts();
  }

  interface Workspace {
    @WithDefault("LONG")
    MediaFormat.Kind format();
  }

  /** The ffmpeg assembler: local, so not in a chain, but priced like the providers. */
  interface Assembler {
    /** USD per video assembled. */
    @WithDefault("0")
    @PositiveOrZero
    double pricePerUnit();
  }

  interface Subtitles {
    /** Burn the subtitles into the picture as well as writing the {@code subtitles.srt} sidecar. */
    @WithDefault("false")
    boolean burnIn();
  }

  /** Optional background music, looped under the narration of every video. */
  interface Music {
    /** An audio file ffmpeg reads; none by default. */
    Optional<Path> file();

    /** Its loudness under the voice: 1 is as recorded. */
    @WithDefault("0.15")
    @PositiveOrZero
    double volume();
  }
}
