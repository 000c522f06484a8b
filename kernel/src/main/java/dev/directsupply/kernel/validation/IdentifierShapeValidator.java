package dev.directsupply.kernel.validation;

import dev.directsupply.kernel.Identifier;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IdentifierShape}. */
public final class IdentifierShapeValidator implements ConstraintValidator<IdentifierShape, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Identifier.SHAPE.matcher(value).matches();
    }
}
