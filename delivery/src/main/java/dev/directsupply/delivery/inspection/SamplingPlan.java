package dev.directsupply.delivery.inspection;

/**
 * A single sampling plan by attributes (as in GB/T 2828.1 and ISO 2859-1): so many units drawn from a lot of so
 * many, the lot accepted when at most the acceptance number of them are defective. A plan recorded through
 * {@link RecordInspection} accepts fewer defects than it draws.
 */
public record SamplingPlan(long lotSize, long sampleSize, long acceptanceNumber) {
    public SamplingPlan {
        if (sampleSize < 1 || sampleSize > lotSize || acceptanceNumber < 0 || acceptanceNumber > sampleSize) {
            throw new IllegalArgumentException("a sampling plan draws 1 to " + lotSize + " units and accepts no more "
                + "defects than it draws, not " + sampleSize + " and " + acceptanceNumber);
        }
    }
}
