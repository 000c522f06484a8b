package dev.directsupply.customer;

/** The three axes a customer is classified on (DS-2.2). */
public enum ClassificationDimension {
    /** DS-2.2.1. */
    SCALE,
    /** DS-2.2.2. */
    INDUSTRY,
    /** DS-2.2.3. */
    STRATEGIC_IMPORTANCE
}
