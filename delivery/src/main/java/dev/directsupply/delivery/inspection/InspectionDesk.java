package dev.directsupply.delivery.inspection;

import dev.directsupply.delivery.inspection.internal.InspectionDocuments;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Pipeline;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Inspections as a service (DS-4.1.3, DS-6.2.3): quality records what each inspection of a lot found, and
 * anyone who releases goods asks whether a lot has passed its final inspection.
 */
public final class InspectionDesk {
    /** The collection inspections are stored in. */
    public static final String INSPECTIONS = "delivery-inspections";

    private final Pipeline pipeline;
    private final Aggregates<Inspection> inspections;
    private final Clock clock;

    public InspectionDesk(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.inspections = pipeline.aggregates(INSPECTIONS, InspectionDocuments.INSPECTIONS);
        this.clock = pipeline.clock();
    }

    /** Records an inspection; its outcome follows from its sampling plan and result. */
    public Inspection record(Actor actor, RecordInspection command) {
        return inspections.create(actor, command, () -> Inspection.record(InspectionId.random(),
            InspectionKind.valueOf(command.kind()), new InspectedLot(command.product(), command.lot()),
            command.sampling().toPlan(), command.toResult(), command.inspectedOn(), actor, clock));
    }

    public Inspection inspection(Actor actor, InspectionId id) {
        return inspections.get(actor, InspectionPermissions.VIEW, id);
    }

    /** Every inspection of the lot, the latest first. */
    public List<Inspection> ofLot(Actor actor, InspectedLot lot) {
        pipeline.authorizeQuery(actor, InspectionPermissions.VIEW, "InspectionsOfLot", "lot", lot, "DS-6.2.3");
        return inspections.findBy(actor, InspectionPermissions.VIEW, "lot", lot.key()).stream()
            .sorted(LATEST_FIRST).toList();
    }

    /** The inspections made in the month, of every lot: what quality signals are measured from (DS-6.1.3). */
    public List<Inspection> inMonth(Actor actor, java.time.YearMonth month) {
        pipeline.authorizeQuery(actor, InspectionPermissions.VIEW, "InspectionsInMonth", "month", month, "DS-6.1.3");
        return inspections.findBy(actor, InspectionPermissions.VIEW, "month", month.toString());
    }

    /**
     * The lot's latest final inspection if it passed: what lets the lot ship (DS-6.2.3). A lot whose latest
     * final inspection failed has none, whatever passed before it.
     */
    public Optional<Inspection> finalClearance(Actor actor, InspectedLot lot) {
        return ofLot(actor, lot).stream().filter(inspection -> inspection.kind() == InspectionKind.FINAL)
            .findFirst().filter(Inspection::passed);
    }

    private static final Comparator<Inspection> LATEST_FIRST = Comparator.comparing(Inspection::inspectedOn)
        .thenComparing(Inspection::recordedAt).reversed();
}
