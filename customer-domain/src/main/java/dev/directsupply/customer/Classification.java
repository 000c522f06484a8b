package dev.directsupply.customer;

import java.util.Objects;

/** A customer's place on the three axes of DS-2.2: purchase scale, industry and strategic importance. */
public record Classification(ScaleAssessment scale, IndustryClassification industry,
                             StrategicImportance importance) {

    public Classification {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(importance, "importance");
    }

    public ScaleTier scaleTier() {
        return scale.tier();
    }

    Classification withScale(ScaleAssessment next) {
        return new Classification(next, industry, importance);
    }

    Classification withIndustry(IndustryClassification next) {
        return new Classification(scale, next, importance);
    }

    Classification withImportance(StrategicImportance next) {
        return new Classification(scale, industry, next);
    }
}
