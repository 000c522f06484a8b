package dev.directsupply.risk.account;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A recorded credit guarantee: what kind, how much, who stands behind it, for which dates. */
public record Guarantee(GuaranteeType type, Money amount, String guarantor, LocalDate validFrom, LocalDate validUntil,
                        ActorId recordedBy) {

    public Guarantee {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(guarantor, "guarantor");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
