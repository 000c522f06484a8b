package dev.directsupply.customer;

import dev.directsupply.kernel.Require;

/** A customer's place on the three axes of DS-2.2: purchase scale, industry and strategic importance. */
public record Classification(ScaleAssessment scale, IndustryClassification industry,
                             StrategicImportance importance) {

    public Classification {
        Require.nonNull(scale, "scale", industry, "industry", importance, "importance");
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
