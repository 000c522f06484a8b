package dev.directsupply.orders.archfixture;

import dev.directsupply.kernel.Money;
import java.time.Clock;
import java.time.LocalDate;

/** Follows every rule: kernel types only, time from a Clock. */
public final class CompliantReview {
    public LocalDate dueDate(Clock clock, Money amount) {
        return amount.isPositive() ? LocalDate.now(clock).plusDays(30) : LocalDate.now(clock);
    }
}
