package dev.directsupply.kernel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link InRange} on whole numbers. */
public final class InRangeValidator implements ConstraintValidator<InRange, Number> {
    private long min;
    private long max;

    @Override
    public void initialize(InRange annotation) {
        min = annotation.min();
        max = annotation.max();
    }

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        return value == null || value.longValue() >= min && value.longValue() <= max;
    }
}
