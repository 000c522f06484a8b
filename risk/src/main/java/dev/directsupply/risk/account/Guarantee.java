package dev.directsupply.risk.account;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/** A recorded credit guarantee: what kind, how much, who stands behind it, for which dates. */
public record Guarantee(GuaranteeType type, Money amount, String guarantor, LocalDate validFrom, LocalDate validUntil,
                        ActorId recordedBy) {

    public Guarantee {
        Require.nonNull(type, "type", amount, "amount", guarantor, "guarantor", validFrom, "validFrom",
            validUntil, "validUntil", recordedBy, "recordedBy");
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
