package dev.directsupply.admission.development;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.util.Objects;

/**
 * A development target (DS-3.1.1): for a stage, a segment of prospects, the goals, and the stage's focus and
 * direction, set by whom and when. A target is set once; a changed plan is a new target.
 */
public record DevelopmentTarget(TargetId id, Period period, Segment segment, Goals goals, String focus,
                                ActorId setBy, Instant setAt) {
    public DevelopmentTarget {
        Require.nonNull(id, "id", period, "period", segment, "segment", goals, "goals", focus, "focus");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
    }
}
