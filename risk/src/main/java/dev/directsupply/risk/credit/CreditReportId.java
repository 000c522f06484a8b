package dev.directsupply.risk.credit;

import dev.directsupply.kernel.Identifier;
import java.util.UUID;

/** The id of a {@link CreditReport}. */
public record CreditReportId(String value) implements Identifier {
    public CreditReportId {
        Identifier.require("CreditReportId", value);
    }

    public static CreditReportId random() {
        return new CreditReportId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
