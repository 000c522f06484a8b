package dev.directsupply.customer;

import dev.directsupply.kernel.ActorId;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a customer's classification history: who moved it on which axis, when, from what, to
 * what, and why.
 *
 * @param from the code before, empty for the first classification
 * @param to   the code after (a tier, an industry code, an importance)
 */
public record ClassificationChange(ClassificationDimension dimension, String from, String to, ActorId by,
                                   Instant at, String reason) {

    public ClassificationChange {
        Objects.requireNonNull(dimension, "dimension");
        from = from == null ? "" : from;
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
