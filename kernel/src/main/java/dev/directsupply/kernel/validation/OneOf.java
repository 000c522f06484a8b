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
 * The text must be the name of one constant of the enum, e.g. {@code @OneOf(Industry.class)}, so a
 * command carrying codes from a host's form or JSON gets a named violation for an unknown code.
 * {@code null} is valid (combine with {@code @NotNull} where the field is required).
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OneOf {
    Class<? extends Enum<?>> value();

    String message() default "{kernel.constraint.OneOf}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The policy requirement the code list comes from. */
    String rule() default "";
}
