package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/** An invoice issued on credit, kept for the days-sales-outstanding period. */
public record Sale(LocalDate on, Money amount) {
    public Sale {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(amount, "amount");
    }
}
