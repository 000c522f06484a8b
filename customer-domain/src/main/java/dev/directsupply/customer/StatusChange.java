package dev.directsupply.customer;

import dev.directsupply.kernel.ActorId;
import java.time.Instant;
import java.util.Objects;

/** One line of a customer's cooperation history (DS-7.1.1): who moved its status, when, and why. */
public record StatusChange(CustomerStatus from, CustomerStatus to, CustomerStatusAction action, ActorId by,
                           Instant at, String reason) {

    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
