package dev.directsupply.risk.credit;

/**
 * What a factor scores when its input is missing: never a silent zero, always a rule the policy
 * chose and the explanation names.
 */
public enum MissingData {
    /** The points of the factor's worst band: not knowing is treated as the worst case. */
    WORST_BAND,
    /** A fixed number of points, set per factor ({@code missingPoints}). */
    FIXED_POINTS,
    /** The factor drops out and the other factors' weights are scaled up to sum to 1 again. */
    EXCLUDE,
    /** The evaluation is refused until the input is supplied. */
    REJECT
}
