package dev.directsupply.orders.order;

import dev.directsupply.kernel.ActorId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The customer's acceptance of the goods: the quantity accepted per line, and any remark. */
public record Acceptance(LocalDate on, List<LineQuantity> lines, String note, ActorId recordedBy) {
    public Acceptance {
        Objects.requireNonNull(on, "on");
        lines = List.copyOf(lines);
        note = note == null ? "" : note;
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
