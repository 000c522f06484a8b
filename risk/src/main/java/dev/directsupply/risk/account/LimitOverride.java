package dev.directsupply.risk.account;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.time.LocalDate;

/** A credit limit set by an authorised finance actor in place of the table's, with reason and expiry. */
public record LimitOverride(Money amount, String reason, ActorId by, Instant at, LocalDate expiresOn) {

    public LimitOverride {
        Require.nonNull(amount, "amount", reason, "reason", by, "by", at, "at", expiresOn, "expiresOn");
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }
}
