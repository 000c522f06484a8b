package dev.directsupply.admission.application;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/**
 * One move of an application, with who made it, when and their note: the application's history. The first
 * line is the submission, from no state and by no action.
 */
public record ApplicationStep(ApplicationStatus from, ApplicationStatus to, ApplicationAction action, ActorId by,
                              Instant at, String note) {
    public ApplicationStep {
        Require.nonNull(to, "to", by, "by", at, "at", note, "note");
    }
}
