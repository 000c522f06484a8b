package dev.directsupply.customer;

import dev.directsupply.kernel.Money;
import java.time.YearMonth;
import java.util.Objects;

/** What a purchase reference was recorded as, so a repeat can be told from a contradiction. */
public record RecordedPurchase(YearMonth month, Money amount) {
    public RecordedPurchase {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(amount, "amount");
    }
}
