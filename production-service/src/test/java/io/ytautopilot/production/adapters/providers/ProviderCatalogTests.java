package io.ytautopilot.production.adapters.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.smallrye.config.ConfigValidationException;
import io.ytautopilot.production.adapters.media.MediaTools;
import io.ytautopilot.production.domain.Cost;
import io.ytautopilot.production.domain.SceneScript;
import io.ytautopilot.production.domain.media.MediaFormat;
import io.ytautopilot.production.domain.media.Provider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chains, prices and formats the service starts with, from application.properties. */
class ProviderCatalogTests {
  private static final MediaTools TOOLS = new MediaTools();

  @Test
  void withNoKeysEveryChainIsTheLocalProviderAndFree() {
    var catalog = catalog(null, Map.of());

    assertThat(List.of(catalog.voiceOver(), catalog.sceneVideo(), catalog.thumbnail()))
        .extracting(chain -> chain.providers().stream().map(Provider::name).toList())
        .containsExactly(List.of("espeak-ng"), List.of("ffmpeg"), List.of("java2d"));
    var estimate = ProviderConfiguration.costEstimatorOf(catalog)
        .estimate(List.of(new SceneScript(1, "a".repeat(500), "", "", 4)));
    assertThat(estimate.lines()).extracting(Cost.Line::item, Cost.Line::provider, Cost.Line::units,
        Cost.Line::unitPrice).containsExactly(
            tuple("scene 1 voice-over (1k characters)", "espeak-ng", 0.5, 0.0),
            tuple("scene 1 clip (seconds)", "ffmpeg", 4.0, 0.0),
            tuple("thumbnail (images)", "java2d", 1.0, 0.0),
            tuple("assembly (videos)", "ffmpeg", 1.0, 0.0));
  }

  @Test
  void testsPriceEveryProviderSoTheCostArithmeticIsChecked() {
    var prices = ProviderConfiguration.costEstimatorOf(catalog("test", Map.of())).prices();

    assertThat(List.of(prices.voiceOver(), prices.sceneClip(), prices.thumbnail(), prices.assembly()))
        .extracting(price -> price.provider() + " " + price.usdPerUnit())
        .containsExactly("espeak-ng 0.015", "ffmpeg 0.05", "java2d 0.02", "ffmpeg 0.01");
  }

  @Test
  void chainsAreTriedInTheConfiguredOrderAndTheEstimateAssumesThePreferredProvider() {
    var catalog = catalog(null, Map.of(
        "yt.production.providers.premium-tts.type", "openai-compatible",
        "yt.production.providers.premium-tts.base-url", "http://127.0.0.1:1",
        "yt.production.providers.premium-tts.model", "tts-1",
        "yt.production.providers.premium-tts.voice", "alloy",
        "yt.production.providers.premium-tts.price-per-unit", "0.03",
        "yt.production.providers.video.type", "job-polling",
        "yt.production.providers.video.base-url", "http://127.0.0.1:2/api",
        "yt.production.providers.video.price-per-unit", "0.5",
        "yt.production.chains.voice-over", "premium-tts, espeak-ng",
        "yt.production.chains.scene-video", "video,ffmpeg"));

    assertThat(catalog.voiceOver().providers()).extracting(Provider::name).containsExactly("premium-tts", "espeak-ng");
    assertThat(catalog.sceneVideo().providers()).extracting(Provider::name).containsExactly("video", "ffmpeg");
    var prices = ProviderConfiguration.costEstimatorOf(catalog).prices();
    assertThat(prices.voiceOver()).extracting(p -> p.provider() + " " + p.usdPerUnit()).isEqualTo("premium-tts 0.03");
    assertThat(prices.sceneClip()).extracting(p -> p.provider() + " " + p.usdPerUnit()).isEqualTo("video 0.5");
  }

  @Test
  void aChainNamingAnUndefinedProviderStopsTheStartNamingTheKey() {
    assertThatThrownBy(() -> catalog(null, Map.of("yt.production.chains.scene-video", "sora,ffmpeg")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yt.production.chains.scene-video names 'sora', which is not a provider")
        .hasMessageContaining("yt.production.providers.sora.type");
  }

  @Test
  void aProviderInAChainItCannotServeAndAnHttpProviderWithoutItsUrlAreAllReported() {
    assertThatThrownBy(() -> catalog(null, Map.of(
        "yt.production.chains.thumbnail", "espeak-ng",
        "yt.production.providers.tts.type", "openai-compatible",
        "yt.production.providers.tts.model", "tts-1",
        "yt.production.chains.voice-over", "tts")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("yt.production.chains.thumbnail names 'espeak-ng' of type espeak-ng, which makes no"
            + " thumbnail (yt.production.providers.espeak-ng.type must be one of java2d, openai-compatible)")
        .hasMessageContaining("yt.production.providers.tts.base-url is required")
        .hasMessageContaining("yt.production.providers.tts.voice is required");
  }

  @Test
  void aNegativePriceOrAnUnknownTypeStopsTheStartNamingTheKey() {
    assertThatThrownBy(() -> TestSettings.read(null, Map.of("yt.production.providers.ffmpeg.price-per-unit", "-0.05")))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining("yt.production.providers.ffmpeg.price-per-unit")
        .hasMessageContaining("greater than or equal to 0");
    assertThatThrownBy(() -> TestSettings.read(null, Map.of("yt.production.providers.ffmpeg.type", "runway")))
        .hasMessageContaining("yt.production.providers.ffmpeg.type");
  }

  @Test
  void aWorkspaceRendersInItsFormatAndEveryOtherOneInTheLongFrame() {
    var formats = catalog(null, Map.of("yt.production.workspaces.\"shorts.channel\".format", "SHORTS")).formats();

    assertThat(formats.of("shorts.channel")).isEqualTo(new MediaFormat(MediaFormat.Kind.SHORTS, 360, 640));
    assertThat(formats.of("demo")).isEqualTo(new MediaFormat(MediaFormat.Kind.LONG, 640, 360));
  }

  @Test
  void aFrameOfTheWrongShapeStopsTheStartNamingTheKey() {
    assertThatThrownBy(() -> catalog(null, Map.of("yt.production.formats.shorts", "640x360")))
        .hasMessageContaining("yt.production.formats.shorts=640x360: SHORTS is portrait, but 640x360 is not");
    assertThatThrownBy(() -> TestSettings.read(null, Map.of("yt.production.formats.long", "wide")))
        .hasMessageContaining("yt.production.formats.long");
  }

  private static ProviderCatalog catalog(String profile, Map<String, String> overrides) {
    return new ProviderCatalog(TestSettings.read(profile, overrides), TOOLS, TestGuards::builder);
  }
}
