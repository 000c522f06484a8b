package dev.directsupply.delivery.inspection;

import dev.directsupply.kernel.DomainEvent;

/** What happens to an {@link Inspection}. */
public sealed interface InspectionEvent extends DomainEvent permits InspectionRecorded {
    InspectionId inspectionId();
}
