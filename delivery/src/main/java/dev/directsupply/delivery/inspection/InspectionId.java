package dev.directsupply.delivery.inspection;

import dev.directsupply.kernel.Identifier;
import java.util.UUID;

/** The id of an {@link Inspection}. */
public record InspectionId(String value) implements Identifier {
    public InspectionId {
        Identifier.require("InspectionId", value);
    }

    public static InspectionId of(String value) {
        return new InspectionId(value);
    }

    public static InspectionId random() {
        return new InspectionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
