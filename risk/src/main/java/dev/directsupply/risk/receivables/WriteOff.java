package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/** What was written off as bad debt, by whom, and why (DS-6.2.1). */
public record WriteOff(LocalDate on, Money amount, String reason, ActorId by) {
    public WriteOff {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
    }
}
