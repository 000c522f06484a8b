package dev.directsupply.risk.account;

import dev.directsupply.kernel.ActorId;
import java.time.LocalDate;
import java.util.Objects;

/** A legal or regulatory violation on record for the customer (DS-3.3.1, DS-6.2.1 trigger). */
public record ViolationRecord(LocalDate on, String description, String source, ActorId recordedBy) {

    public ViolationRecord {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
