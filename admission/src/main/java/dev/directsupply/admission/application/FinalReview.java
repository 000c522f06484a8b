package dev.directsupply.admission.application;

import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/** DS-3.4 step 5: management's decision on everything before it, and the strategic importance it confirms. */
public record FinalReview(ActorId by, ApplicationAction verdict, StrategicImportance importance, String reason,
                          Instant at) {
    public FinalReview {
        Require.nonNull(by, "by", verdict, "verdict", importance, "importance", reason, "reason", at, "at");
    }
}
