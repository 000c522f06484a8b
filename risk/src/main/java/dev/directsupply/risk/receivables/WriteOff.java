package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/** What was written off as bad debt, by whom, and why (DS-6.2.1). */
public record WriteOff(LocalDate on, Money amount, String reason, ActorId by) {
    public WriteOff {
        Require.nonNull(on, "on", amount, "amount", reason, "reason", by, "by");
    }
}
