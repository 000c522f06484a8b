package dev.directsupply.delivery.label;

import java.time.LocalDate;

/**
 * How long goods keep from the day they are made (DS-4.2.2), in days or in months. The day of production is
 * the first day of the shelf life, so the expiry date — the last day the goods are within it — is the day of
 * production plus the shelf life, less one day. Months are calendar months: a month from 31 January ends on the
 * last day of February, so goods made on 31 January with one month keep until 27 February (28 in a leap year),
 * as do those made on 29 and 30 January; this is the convention of GB 7718 labels, which count to the same day
 * of the month and clamp to its end.
 *
 * @param amount how many days or months, at least one
 */
public record ShelfLife(int amount, ShelfLifeUnit unit) {
    public ShelfLife {
        java.util.Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > 36_600) {
            throw new IllegalArgumentException("a shelf life is 1 to 36600 days or months, not " + amount);
        }
    }

    public static ShelfLife days(int amount) {
        return new ShelfLife(amount, ShelfLifeUnit.DAYS);
    }

    public static ShelfLife months(int amount) {
        return new ShelfLife(amount, ShelfLifeUnit.MONTHS);
    }

    /** The last day goods made on the day are within their shelf life. */
    public LocalDate expiryOf(LocalDate producedOn) {
        LocalDate end = unit == ShelfLifeUnit.DAYS ? producedOn.plusDays(amount) : producedOn.plusMonths(amount);
        return end.minusDays(1);
    }

    @Override
    public String toString() {
        return amount + " " + unit.name().toLowerCase(java.util.Locale.ROOT);
    }
}
