package dev.directsupply.admission.application;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/**
 * DS-3.4 step 2: the basic information and the admission conditions checked, with an opinion.
 *
 * @param majorViolationFound whether a major violation is on record (DS-3.3.1)
 */
public record PreliminaryReview(ActorId by, ApplicationAction verdict, boolean majorViolationFound, String opinion,
                                Instant at) {
    public PreliminaryReview {
        Require.nonNull(by, "by", verdict, "verdict", opinion, "opinion", at, "at");
    }
}
