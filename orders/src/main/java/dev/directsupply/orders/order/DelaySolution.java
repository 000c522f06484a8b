package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What was agreed with the customer about a delay (DS-4.1.4).
 *
 * @param newDate the new promised delivery date, where the solution sets one
 */
public record DelaySolution(DelaySolutionKind kind, LocalDate newDate, String agreedWith, String note, ActorId by,
                            Instant at) {
    public DelaySolution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agreedWith, "agreedWith");
        note = note == null ? "" : note;
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
