package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Masking;
import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What was agreed with the customer about a delay (DS-4.1.4). {@link #toString()} masks the customer's
 * person it was agreed with (DS-7.2.2).
 *
 * @param newDate the new promised delivery date, where the solution sets one
 */
public record DelaySolution(DelaySolutionKind kind, LocalDate newDate, String agreedWith, String note, ActorId by,
                            Instant at) {
    public DelaySolution {
        Require.nonNull(kind, "kind", agreedWith, "agreedWith", by, "by", at, "at");
        note = note == null ? "" : note;
    }

    @Override
    public String toString() {
        return "DelaySolution[kind=" + kind + ", newDate=" + newDate + ", agreedWith=" + Masking.name(agreedWith)
            + ", note=" + note + ", by=" + by + ", at=" + at + "]";
    }
}
