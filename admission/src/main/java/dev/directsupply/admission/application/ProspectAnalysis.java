package dev.directsupply.admission.application;

import dev.directsupply.customer.ScaleTier;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A prospect analysis that explains itself (DS-3.2.2): purchasing capacity, credit standing and growth
 * potential, each scored and weighted, the total score, the scale tier its annual purchase puts it in, and
 * the strategic importance the score proposes (DS-2.2.3) — a proposal management confirms at the final
 * review, with its reason.
 */
public record ProspectAnalysis(List<AnalysisLine> lines, BigDecimal score, ScaleTier expectedTier,
                               StrategicImportance proposedImportance) {
    public ProspectAnalysis {
        Require.nonNull(score, "score", expectedTier, "expectedTier", proposedImportance, "proposedImportance");
        lines = List.copyOf(lines);
    }

    /** One line per factor, in the locale. */
    public List<String> explain(Locale locale) {
        return lines.stream().map(line -> line.explain(locale)).toList();
    }
}
