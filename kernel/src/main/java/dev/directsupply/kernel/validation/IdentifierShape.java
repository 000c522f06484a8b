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
 * Text that could be an id ({@link dev.directsupply.kernel.Identifier#SHAPE}): letters, digits and
 * {@code - _ . :}, 1 to 64 characters — an actor, a product line, a reference. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = IdentifierShapeValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IdentifierShape {
    String message() default "{kernel.constraint.IdentifierShape}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String rule() default "";
}
