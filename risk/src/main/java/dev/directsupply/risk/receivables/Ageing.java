package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Open receivables by days past due on a day (DS-6.2.1): one line per bucket, each with its amount
 * and number of invoices. Buckets are configured by their upper bounds in days past due, the first
 * being 0 ("current": not yet due): bounds {@code [0, 30, 60, 90, 120]} give current, 1–30, 31–60,
 * 61–90, 91–120 and over 120. Built by a {@link Tally}, which takes one item at a time so a portfolio
 * of any size is aged in one pass.
 */
public record Ageing(LocalDate asOf, List<Line> lines, Money total, int items) {

    public Ageing {
        Objects.requireNonNull(asOf, "asOf");
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
    }

    /** One bucket: days past due from {@code fromDays} to {@code toDays} (null: no upper end). */
    public record Line(String bucket, int fromDays, Integer toDays, Money amount, int items) {
    }

    /** Starts a tally over the buckets with these upper bounds. */
    public static Tally tally(List<Integer> upperBounds, LocalDate asOf, Currency currency) {
        return new Tally(upperBounds, asOf, currency);
    }

    /** Sums open items into buckets; not thread-safe, one per ageing run. */
    public static final class Tally {
        private final List<Integer> bounds;
        private final LocalDate asOf;
        private final Currency currency;
        private final java.math.BigDecimal[] amounts;
        private final int[] counts;

        private Tally(List<Integer> upperBounds, LocalDate asOf, Currency currency) {
            this.bounds = List.copyOf(upperBounds);
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            this.currency = Objects.requireNonNull(currency, "currency");
            this.amounts = new java.math.BigDecimal[bounds.size() + 1];
            java.util.Arrays.fill(amounts, java.math.BigDecimal.ZERO);
            this.counts = new int[bounds.size() + 1];
        }

        /** Adds an open amount due on {@code dueDate}. */
        public Tally add(LocalDate dueDate, Money outstanding) {
            long late = Math.max(0, ChronoUnit.DAYS.between(dueDate, asOf));
            int bucket = bounds.size();
            for (int i = 0; i < bounds.size(); i++) {
                if (late <= bounds.get(i)) {
                    bucket = i;
                    break;
                }
            }
            amounts[bucket] = amounts[bucket].add(outstanding.amount());
            counts[bucket]++;
            return this;
        }

        /** Adds another tally's sums (for a portfolio aged in parts). */
        public Tally addAll(Tally other) {
            for (int i = 0; i < amounts.length; i++) {
                amounts[i] = amounts[i].add(other.amounts[i]);
                counts[i] += other.counts[i];
            }
            return this;
        }

        public Ageing ageing() {
            List<Line> lines = new ArrayList<>(amounts.length);
            Money total = Money.zero(currency);
            int items = 0;
            for (int i = 0; i < amounts.length; i++) {
                int from = i == 0 ? 0 : bounds.get(i - 1) + 1;
                Integer to = i < bounds.size() ? bounds.get(i) : null;
                String label = i == 0 ? "current" : to == null ? "over " + (from - 1) : from + "-" + to;
                Money amount = Money.of(amounts[i], currency);
                lines.add(new Line(label, from, to, amount, counts[i]));
                total = total.plus(amount);
                items += counts[i];
            }
            return new Ageing(asOf, lines, total, items);
        }
    }
}
