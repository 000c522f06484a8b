package dev.directsupply.delivery.inspection;

import java.util.List;
import java.util.Objects;

/** What the sample showed: how many units were defective, and each non-conformance found. */
public record InspectionResult(long defective, List<NonConformance> nonConformances) {
    public InspectionResult {
        nonConformances = List.copyOf(Objects.requireNonNull(nonConformances, "nonConformances"));
    }

    /** Whether a critical non-conformance was found. */
    public boolean critical() {
        return nonConformances.stream().anyMatch(found -> found.severity() == NonConformanceSeverity.CRITICAL);
    }
}
