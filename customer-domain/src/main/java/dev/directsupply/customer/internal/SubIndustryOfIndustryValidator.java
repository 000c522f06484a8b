package dev.directsupply.customer.internal;

import dev.directsupply.customer.Industry;
import dev.directsupply.customer.IndustryCodes;
import dev.directsupply.customer.SubIndustry;
import dev.directsupply.customer.SubIndustryOfIndustry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link SubIndustryOfIndustry}; reports on the {@code subIndustry} field. Unknown codes are
 * left to their own {@code @OneOf} constraints.
 */
public final class SubIndustryOfIndustryValidator implements ConstraintValidator<SubIndustryOfIndustry, IndustryCodes> {

    @Override
    public boolean isValid(IndustryCodes codes, ConstraintValidatorContext context) {
        if (codes == null || codes.industry() == null || codes.subIndustry() == null) {
            return true;
        }
        Industry industry;
        SubIndustry sub;
        try {
            industry = Industry.valueOf(codes.industry());
            sub = SubIndustry.valueOf(codes.subIndustry());
        } catch (IllegalArgumentException unknownCode) {
            return true;
        }
        if (sub.industry() == industry) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("subIndustry").addConstraintViolation();
        return false;
    }
}
