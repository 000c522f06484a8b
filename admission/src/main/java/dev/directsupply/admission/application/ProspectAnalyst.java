package dev.directsupply.admission.application;

import dev.directsupply.customer.ScalePolicy;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Analyses a prospect from its application (DS-3.2.2): purchasing capacity from the scale tier its annual
 * purchase — confirmed at the credit evaluation, else expected — puts it in (no points below the DS-2.1
 * minimum), credit standing from the grade the credit evaluation found (none before it), growth potential
 * from the outlook sales gave; the weighted total proposes a strategic importance (DS-2.2.3).
 */
public final class ProspectAnalyst {
    private final ProspectAnalysisParameters parameters;
    private final ScalePolicy scale;
    private final Money directSupplyMinimum;

    public ProspectAnalyst(AdmissionParameters admission, ScalePolicy scale) {
        this.parameters = admission.analysis();
        this.scale = scale;
        this.directSupplyMinimum = Money.of(admission.directSupplyMinimum(), scale.parameters().currency());
    }

    public ProspectAnalysis analyse(Application application) {
        Money purchase = application.confirmedAnnualPurchase() != null ? application.confirmedAnnualPurchase()
            : application.form().needs().expectedAnnualPurchase();
        String basis = application.confirmedAnnualPurchase() != null ? "confirmed" : "expected";
        ScaleTier tier = scale.tierFor(purchase);
        AnalysisLine capacity = purchase.isAtLeast(directSupplyMinimum)
            ? line("capacity", parameters.tierPoints().get(tier), parameters.capacityWeight(),
                "admission.analysis.capacity", Map.of("tier", tier.labelKey(), "amount", purchase.toString(),
                    "basis", "admission.analysis.basis." + basis))
            : line("capacity", 0, parameters.capacityWeight(), "admission.analysis.capacity-below-scale",
                Map.of("amount", purchase.toString(), "minimum", directSupplyMinimum.toString()));
        CreditEvaluation credit = application.reviews().credit();
        AnalysisLine standing = credit == null
            ? line("credit", null, parameters.creditWeight(), "admission.analysis.credit-not-evaluated", Map.of())
            : line("credit", parameters.gradePoints().getOrDefault(credit.standing().grade(), 0),
                parameters.creditWeight(), "admission.analysis.credit", Map.of("grade", credit.standing().grade(),
                    "report", credit.standing().reportId()));
        GrowthOutlook outlook = application.form().needs().growthOutlook();
        AnalysisLine growth = line("growth", parameters.outlookPoints().get(outlook), parameters.growthWeight(),
            "admission.analysis.growth", Map.of("outlook", outlook.labelKey()));
        List<AnalysisLine> lines = List.of(capacity, standing, growth);
        BigDecimal score = lines.stream().map(AnalysisLine::contribution).reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(2, RoundingMode.HALF_UP);
        return new ProspectAnalysis(lines, score, tier, proposed(score));
    }

    private StrategicImportance proposed(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(parameters.coreFrom())) >= 0) {
            return StrategicImportance.CORE;
        }
        return score.compareTo(BigDecimal.valueOf(parameters.importantFrom())) >= 0 ? StrategicImportance.IMPORTANT
            : StrategicImportance.GENERAL;
    }

    private static AnalysisLine line(String factor, Integer points, BigDecimal weight, String reason,
                                     Map<String, String> arguments) {
        BigDecimal contribution = points == null ? BigDecimal.ZERO.setScale(2)
            : weight.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP);
        return new AnalysisLine(factor, points, weight, contribution, reason, arguments);
    }
}
