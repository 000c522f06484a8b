package dev.directsupply.delivery.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An inspection was recorded (DS-4.1.3, DS-6.2.3): the lot, the plan and what the sample showed; its
 * non-conformances are quality signals for the risk register (DS-6.1.3).
 */
public record InspectionRecorded(InspectionId inspectionId, InspectionKind kind, InspectedLot lot, SamplingPlan plan,
                                 InspectionResult result, LocalDate inspectedOn, Instant occurredAt)
    implements InspectionEvent {

    /** What the inspection found of the lot. */
    public InspectionOutcome outcome() {
        return Inspection.outcomeOf(plan, result);
    }
}
