package dev.directsupply.admission.lead;

import dev.directsupply.kernel.Identifier;
import java.util.UUID;

/** The id of a {@link Lead}. */
public record LeadId(String value) implements Identifier {
    public LeadId {
        Identifier.require("LeadId", value);
    }

    public static LeadId of(String value) {
        return new LeadId(value);
    }

    public static LeadId random() {
        return new LeadId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
