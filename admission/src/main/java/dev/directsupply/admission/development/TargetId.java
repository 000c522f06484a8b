package dev.directsupply.admission.development;

import dev.directsupply.kernel.Identifier;
import java.util.UUID;

/** The id of a {@link DevelopmentTarget}. */
public record TargetId(String value) implements Identifier {
    public TargetId {
        Identifier.require("TargetId", value);
    }

    public static TargetId of(String value) {
        return new TargetId(value);
    }

    public static TargetId random() {
        return new TargetId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
