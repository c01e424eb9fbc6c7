package io.ytautopilot.production.adapters.providers;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** {@link MediaSettings} as the service reads them at start-up: application.properties, validated like Quarkus does. */
final class TestSettings {
  private TestSettings() {}

  /** The service's application.properties under {@code profile} (or none), with {@code overrides} on top. */
  static MediaSettings read(String profile, Map<String, String> overrides) {
    try {
      var builder = new SmallRyeConfigBuilder()
          .withMapping(MediaSettings.class)
          .withValidateUnknown(false)
          .withConverter(Duration.class, 200, new DurationConverter())
          .withSources(new PropertiesConfigSource(
              TestSettings.class.getClassLoader().getResource("application.properties"), 100))
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
      return builder.build().getConfigMapping(MediaSettings.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
