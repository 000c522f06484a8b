package dev.directsupply.delivery.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection was recorded (DS-4.1.3, DS-6.2.3); its non-conformances are quality signals for the risk
 * register (DS-6.1.3).
 */
public record InspectionRecorded(InspectionId inspectionId, InspectionKind kind, InspectedLot lot, long sampleSize,
                                 long defective, List<NonConformance> nonConformances, InspectionOutcome outcome,
                                 LocalDate inspectedOn, Instant occurredAt) implements InspectionEvent {
}
