package io.ytautopilot.trend.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A workspace id: it ends up in URLs and Kafka keys, so it stays short and plain. */
@Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({PARAMETER, FIELD, METHOD})
@Retention(RUNTIME)
@Documented
public @interface WorkspaceId {
  String message() default "must be 1 to 64 lowercase letters, digits or dashes, starting with a letter or digit";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
