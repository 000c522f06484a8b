package dev.directsupply.delivery.inspection;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An inspection record of a lot (DS-4.1.3 "to quality", DS-6.2.3): incoming, in-process or final; its sampling
 * plan, what the sample showed and the outcome. The outcome follows from the plan — passed when at most the
 * acceptance number of sampled units are defective and nothing critical was found — so nobody types it. A
 * record is never changed; a lot reworked after a failed inspection is inspected again in a new record, and the
 * latest final inspection of a lot is the one that lets it ship.
 */
public record Inspection(InspectionId id, InspectionKind kind, InspectedLot lot, SamplingPlan plan,
                         InspectionResult result, InspectionOutcome outcome, Inspected inspected) {

    public Inspection {
        Require.nonNull(id, "id", kind, "kind", lot, "lot", plan, "plan", result, "result");
        Require.nonNull(outcome, "outcome", inspected, "inspected");
    }

    /** Who inspected, on which day, and when it was recorded. */
    public record Inspected(ActorId by, LocalDate on, Instant recordedAt) {
        public Inspected {
            Require.nonNull(by, "by", on, "on", recordedAt, "recordedAt");
        }
    }

    public ActorId inspector() {
        return inspected.by();
    }

    public LocalDate inspectedOn() {
        return inspected.on();
    }

    public Instant recordedAt() {
        return inspected.recordedAt();
    }

    /** Records an inspection, its outcome judged from the plan and the result. */
    public static Changed<Inspection> record(InspectionId id, InspectionKind kind, InspectedLot lot, SamplingPlan plan,
                                             InspectionResult result, LocalDate inspectedOn, Actor actor, Clock clock) {
        Instant now = clock.instant();
        Inspection inspection = new Inspection(id, kind, lot, plan, result, outcomeOf(plan, result),
            new Inspected(actor.id(), inspectedOn, now));
        return Changed.to(inspection, new InspectionRecorded(id, kind, lot, plan, result, inspectedOn, now));
    }

    /** Passed when at most the acceptance number of sampled units are defective and nothing critical was found. */
    static InspectionOutcome outcomeOf(SamplingPlan plan, InspectionResult result) {
        return result.defective() <= plan.acceptanceNumber() && !result.critical()
            ? InspectionOutcome.PASSED : InspectionOutcome.FAILED;
    }

    public boolean passed() {
        return outcome == InspectionOutcome.PASSED;
    }

    /** Whether this is a passed final inspection: what a lot needs to ship (DS-6.2.3). */
    public boolean clearsForDispatch() {
        return kind == InspectionKind.FINAL && passed();
    }
}
