package dev.directsupply.admission.application;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.time.LocalDate;

/**
 * DS-3.4 step 4: staff visited and recorded the actual operating situation and needs.
 *
 * @param conditionsConfirmed whether the storage and transport conditions the prospect declared were found
 *                            on site (DS-3.3.3)
 */
public record SiteInspection(ActorId by, LocalDate visitedOn, String findings, boolean conditionsConfirmed,
                             Instant at) {
    public SiteInspection {
        Require.nonNull(by, "by", visitedOn, "visitedOn", findings, "findings", at, "at");
    }
}
