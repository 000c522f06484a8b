package dev.directsupply.customer;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/** One line of a customer's cooperation history (DS-7.1.1): who moved its status, when, and why. */
public record StatusChange(CustomerStatus from, CustomerStatus to, CustomerStatusAction action, ActorId by,
                           Instant at, String reason) {

    public StatusChange {
        Require.nonNull(from, "from", to, "to", action, "action", by, "by", at, "at", reason, "reason");
    }
}
