package dev.directsupply.delivery.inspection.internal;

import dev.directsupply.delivery.inspection.Inspection;
import dev.directsupply.kernel.codec.JsonDocuments;
import java.time.YearMonth;
import java.util.Map;

/** Inspections as stored documents, looked up by their lot ({@code product/lot}), kind and month inspected. */
public final class InspectionDocuments {
    public static final JsonDocuments<Inspection> INSPECTIONS = JsonDocuments.of(Inspection.class, 1,
        inspection -> inspection.id().value(),
        inspection -> Map.of("lot", inspection.lot().key(), "kind", inspection.kind().name(),
            "outcome", inspection.outcome().name(), "month", YearMonth.from(inspection.inspectedOn()).toString()));

    private InspectionDocuments() {
    }
}
