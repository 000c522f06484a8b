package dev.directsupply.customer;

import dev.directsupply.kernel.InvalidValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's industry (DS-2.2.2) and, optionally, the finer class within it; the finer class must
 * belong to the industry.
 *
 * @param subIndustry null when not given
 */
public record IndustryClassification(Industry industry, SubIndustry subIndustry) {

    public IndustryClassification {
        Objects.requireNonNull(industry, "industry");
        if (subIndustry != null && subIndustry.industry() != industry) {
            throw InvalidValue.of("subIndustry", "customer.industry.mismatch", "DS-2.2.2",
                Map.of("subIndustry", subIndustry.name(), "industry", industry.name(),
                    "expected", subIndustry.industry().name()));
        }
    }

    public static IndustryClassification of(Industry industry) {
        return new IndustryClassification(industry, null);
    }

    public static IndustryClassification of(SubIndustry subIndustry) {
        return new IndustryClassification(subIndustry.industry(), subIndustry);
    }

    public Optional<SubIndustry> sub() {
        return Optional.ofNullable(subIndustry);
    }

    /** {@code SERVICES/CATERING}, or {@code SERVICES}. */
    public String code() {
        return subIndustry == null ? industry.name() : industry.name() + "/" + subIndustry.name();
    }
}
