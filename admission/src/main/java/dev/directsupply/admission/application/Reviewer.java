package dev.directsupply.admission.application;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;

/** Who took a review stage of an application, in any round (segregation of duties, DS-3.4). */
public record Reviewer(ReviewStage stage, ActorId actor) {
    public Reviewer {
        Require.nonNull(stage, "stage", actor, "actor");
    }
}
