package dev.directsupply.risk.credit;

import java.math.BigDecimal;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One band of a factor: a numeric range {@code [from, to)} (an open end is null) or one category,
 * and the points (0 to 100) an input falling in it earns, with the reason code the explanation shows.
 *
 * @param from     the inclusive lower end of a numeric band; null for a category band or an open lower end
 * @param to       the exclusive upper end of a numeric band; null for a category band or an open upper end
 * @param category the input this band matches exactly, for a category factor (industry, external rating)
 * @param points   0 to 100
 * @param reason   a stable code for the explanation, e.g. {@code YEARS_IN_BUSINESS_5_PLUS}
 */
public record Band(BigDecimal from, BigDecimal to, String category,
                   @NotNull @InRange(min = 0, max = 100, rule = "DS-3.3.2") Integer points, @NotBlank String reason) {

    public static Band range(String from, String to, int points, String reason) {
        return new Band(from == null ? null : new BigDecimal(from), to == null ? null : new BigDecimal(to), null,
            points, reason);
    }

    public static Band category(String category, int points, String reason) {
        return new Band(null, null, category, points, reason);
    }

    public boolean isCategory() {
        return category != null;
    }

    /** Whether a numeric input falls in this band. */
    public boolean contains(BigDecimal value) {
        return (from == null || value.compareTo(from) >= 0) && (to == null || value.compareTo(to) < 0);
    }
}
