package dev.directsupply.risk.account;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/** A legal or regulatory violation on record for the customer (DS-3.3.1, DS-6.2.1 trigger). */
public record ViolationRecord(LocalDate on, String description, String source, ActorId recordedBy) {

    public ViolationRecord {
        Require.nonNull(on, "on", description, "description", source, "source", recordedBy, "recordedBy");
    }
}
