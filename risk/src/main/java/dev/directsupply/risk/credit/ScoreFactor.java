package dev.directsupply.risk.credit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One factor of the scorecard: its input name, its weight (the weights of a scorecard sum to 1), the
 * bands that turn its raw input into points, and what it scores when the input is missing.
 *
 * @param missingPoints the points under {@link MissingData#FIXED_POINTS}; ignored otherwise
 */
public record ScoreFactor(String name, BigDecimal weight, List<Band> bands, MissingData missing, int missingPoints) {

    public ScoreFactor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        bands = List.copyOf(bands);
        Objects.requireNonNull(missing, "missing");
    }

    /** Whether the factor takes category inputs (its bands are categories). */
    public boolean isCategorical() {
        return !bands.isEmpty() && bands.get(0).isCategory();
    }

    /** The band with the fewest points. */
    public Band worstBand() {
        Band worst = bands.get(0);
        for (Band band : bands) {
            if (band.points() < worst.points()) {
                worst = band;
            }
        }
        return worst;
    }
}
