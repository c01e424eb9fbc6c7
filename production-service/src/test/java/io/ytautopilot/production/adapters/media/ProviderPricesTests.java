package io.ytautopilot.production.adapters.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import io.ytautopilot.production.domain.Cost;
import io.ytautopilot.production.domain.SceneScript;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The price table as the service reads it at start-up: application.properties, validated like Quarkus does. */
class ProviderPricesTests {

  @Test
  void theLocalProvidersAreFreeButEveryLineStillNamesItsProviderUnitsAndPrice() throws IOException {
    var prices = config(null, Map.of()).getConfigMapping(ProviderPrices.class);

    var estimate = new MediaConfiguration().costEstimator(prices)
        .estimate(List.of(new SceneScript(1, "a".repeat(500), "", "", 4)));

    assertThat(estimate.lines()).extracting(Cost.Line::item, Cost.Line::provider, Cost.Line::units,
        Cost.Line::unitPrice).containsExactly(
            tuple("scene 1 voice-over (1k characters)", "espeak-ng", 0.5, 0.0),
            tuple("scene 1 clip (seconds)", "ffmpeg", 4.0, 0.0),
            tuple("thumbnail (images)", "java2d", 1.0, 0.0),
            tuple("assembly (videos)", "ffmpeg", 1.0, 0.0));
    assertThat(estimate.total()).isZero();
  }

  @Test
  void testsPriceEveryProvider() throws IOException {
    var prices = config("test", Map.of()).getConfigMapping(ProviderPrices.class);

    assertThat(List.of(prices.espeakNg().voiceOverPer1kCharacters(), prices.ffmpeg().scenePerSecond(),
        prices.java2d().thumbnailPerImage(), prices.ffmpeg().assemblyPerVideo()))
        .containsExactly(0.015, 0.05, 0.02, 0.01);
  }

  @Test
  void aNegativePriceStopsTheStartNamingItsKey() {
    assertThatThrownBy(() -> config(null, Map.of("yt.production.prices.ffmpeg.scene-per-second", "-0.05")))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining("yt.production.prices.ffmpeg.scene-per-second")
        .hasMessageContaining("greater than or equal to 0");
  }

  @Test
  void aMissingPriceStopsTheStartNamingItsKey() {
    assertThatThrownBy(() -> new SmallRyeConfigBuilder().withMapping(ProviderPrices.class)
        .withSources(new PropertiesConfigSource(Map.of("yt.production.prices.ffmpeg.scene-per-second", "0",
            "yt.production.prices.ffmpeg.assembly-per-video", "0",
            "yt.production.prices.java2d.thumbnail-per-image", "0"), "prices", 100))
        .build())
        .hasMessageContaining("yt.production.prices.espeak-ng.voice-over-per-1k-characters");
  }

  /** The service's application.properties under a profile, with overrides on top, validated. */
  private static SmallRyeConfig config(String profile, Map<String, String> overrides) throws IOException {
    var builder = new SmallRyeConfigBuilder()
        .withMapping(ProviderPrices.class)
        .withSources(new PropertiesConfigSource(
            ProviderPricesTests.class.getClassLoader().getResource("application.properties"), 100))
        .withSources(new PropertiesConfigSource(overrides, "overrides", 200))
        .withValidator(new BeanValidationConfigValidator() {
          @Override
          public Validator getValidator() {
            return Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
          }
        });
    if (profile != null) {
      builder.withProfile(profile);
    }
    return builder.build();
  }
}
