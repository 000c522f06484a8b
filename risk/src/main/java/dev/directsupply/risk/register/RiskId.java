package dev.directsupply.risk.register;

import dev.directsupply.kernel.Identifier;
import java.util.UUID;

/** The id of a {@link Risk}. */
public record RiskId(String value) implements Identifier {
    public RiskId {
        Identifier.require("RiskId", value);
    }

    public static RiskId of(String value) {
        return new RiskId(value);
    }

    public static RiskId random() {
        return new RiskId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
