package dev.directsupply.risk.account;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A credit limit set by an authorised finance actor in place of the table's, with reason and expiry. */
public record LimitOverride(Money amount, String reason, ActorId by, Instant at, LocalDate expiresOn) {

    public LimitOverride {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }
}
