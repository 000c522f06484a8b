package dev.directsupply.risk.account;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A credit limit in place of the table's, with its reason and expiry (DS-6.2.1): proposed by one
 * authorised person and in force once a second approves it.
 *
 * @param by         who proposed it
 * @param at         when it was proposed
 * @param approvedBy who approved it; null while it is a proposal
 */
public record LimitOverride(Money amount, String reason, ActorId by, Instant at, LocalDate expiresOn,
                            ActorId approvedBy) {

    public LimitOverride {
        Require.nonNull(amount, "amount", reason, "reason", by, "by", at, "at", expiresOn, "expiresOn");
    }

    public boolean isActiveOn(LocalDate day) {
        return approvedBy != null && !day.isAfter(expiresOn);
    }

    LimitOverride approvedBy(ActorId approver) {
        return new LimitOverride(amount, reason, by, at, expiresOn, approver);
    }
}
