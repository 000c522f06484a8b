package dev.directsupply.admission.development;

import java.time.Instant;

/** A development target was set (DS-3.1.1). */
public record TargetSet(TargetId targetId, Period period, Segment segment, Goals goals, Instant occurredAt)
    implements TargetEvent {
}
