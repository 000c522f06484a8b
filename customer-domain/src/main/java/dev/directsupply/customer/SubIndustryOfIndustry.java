package dev.directsupply.customer;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.directsupply.customer.internal.SubIndustryOfIndustryValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** On an {@link IndustryCodes} command: the sub-industry, when given, belongs to the industry (DS-2.2.2). */
@Documented
@Constraint(validatedBy = SubIndustryOfIndustryValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface SubIndustryOfIndustry {
    String message() default "{customer.industry.mismatch}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String rule() default "DS-2.2.2";
}
