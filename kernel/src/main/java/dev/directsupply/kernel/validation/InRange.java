package dev.directsupply.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A whole number from {@code min} to {@code max}, both included: one constraint and one message for
 * a range, where {@code @Min} and {@code @Max} would give two. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = InRangeValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface InRange {
    long min();

    long max();

    String message() default "{kernel.constraint.InRange}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The policy requirement the range comes from. */
    String rule() default "";
}
