package io.ytautopilot.trend.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A Quartz cron expression (seconds first), the kind the scheduler runs; null means the default. */
@Constraint(validatedBy = QuartzCron.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Documented
public @interface QuartzCron {
  String message() default "must be a Quartz cron expression with seconds first, e.g. 0 0 */6 * * ?";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<QuartzCron, String> {
    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    @Override
    public boolean isValid(String cron, ConstraintValidatorContext context) {
      if (cron == null) {
        return true;
      }
      try {
        QUARTZ.parse(cron).validate();
        return true;
      } catch (IllegalArgumentException invalid) {
        return false;
      }
    }
  }
}
