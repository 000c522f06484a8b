package dev.directsupply.customer.internal;

import dev.directsupply.customer.CreditCode;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CreditCode}, naming the part of the code that is wrong. */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return UnifiedSocialCreditCode.problemOf(UnifiedSocialCreditCode.normalise(value.toString()))
            .map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + problem.messageKey() + "}").addConstraintViolation();
                return false;
            })
            .orElse(true);
    }
}
