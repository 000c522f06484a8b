package dev.directsupply.risk.register;

import dev.directsupply.kernel.Require;
import java.time.Instant;

/**
 * What a risk is, as it was entered (DS-6.1): its category, what it is about, what it is, what raised
 * it and when. It does not change afterwards.
 *
 * @param source {@code manual}, or the signal the monitor raised it from
 */
public record Identification(RiskCategory category, RiskSubject subject, String description, String source,
                             Instant raisedAt) {

    public Identification {
        Require.nonNull(category, "category", subject, "subject", description, "description", source, "source",
            raisedAt, "raisedAt");
    }

    /** Whether the risk monitor raised it from a signal rather than a person entering it. */
    public boolean automatic() {
        return !"manual".equals(source);
    }
}
