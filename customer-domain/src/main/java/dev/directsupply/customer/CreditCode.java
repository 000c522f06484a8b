package dev.directsupply.customer;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.directsupply.customer.internal.CreditCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text is a valid {@link UnifiedSocialCreditCode} (GB 32100-2015), check character included;
 * the violation says which part is wrong. Null and blank pass (combine with {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface CreditCode {
    String message() default "{customer.credit-code.check-character}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String rule() default "DS-7.1.2";
}
