package dev.directsupply.risk.credit;

import java.math.BigDecimal;
import java.util.List;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One factor of the scorecard: its input name, its weight (the weights of a scorecard sum to 1), the
 * bands that turn its raw input into points, and what it scores when the input is missing.
 *
 * @param missingPoints the points under {@link MissingData#FIXED_POINTS}; ignored otherwise
 */
public record ScoreFactor(@NotBlank String name, @NotNull @Positive BigDecimal weight,
                          @NotEmpty List<@Valid @NotNull Band> bands, @NotNull MissingData missing,
                          @InRange(min = 0, max = 100, rule = "DS-3.3.2") Integer missingPoints) {

    public ScoreFactor {
        bands = bands == null ? null : List.copyOf(bands);
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
