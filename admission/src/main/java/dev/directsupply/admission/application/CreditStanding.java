package dev.directsupply.admission.application;

import dev.directsupply.kernel.Require;
import java.time.Instant;

/**
 * A credit evaluation report's gist as the risk module issued it (DS-3.3.2): its id, the grade, the minimum
 * grade for admission in force, and whether the grade reaches it — judged by the risk module, which owns
 * the scale — and how many legal or regulatory violations the risk module holds on record for the prospect
 * (DS-3.3.1).
 */
public record CreditStanding(String reportId, String grade, String minimumGrade, boolean atLeastMinimum,
                             int violationsOnRecord, Instant evaluatedAt) {
    public CreditStanding {
        Require.nonNull(reportId, "reportId", grade, "grade", minimumGrade, "minimumGrade", evaluatedAt,
            "evaluatedAt");
    }
}
