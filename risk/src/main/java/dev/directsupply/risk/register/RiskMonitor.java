package dev.directsupply.risk.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Raises quality and supply risks from signals (DS-6.1.3, DS-6.1.4) as a named policy: a subject
 * whose complaint or return rate, or late-delivery rate, exceeds the register's threshold gets a risk,
 * unless an open one of that category already stands for it.
 */
public final class RiskMonitor {
    private final RiskRegisterParameters parameters;

    public RiskMonitor(RiskRegisterParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** A risk the monitor wants raised, with what prompted it. */
    public record Finding(RiskCategory category, RiskSubject subject, String description, String source) {
    }

    /** The findings of the signals, skipping subjects that already have an open risk of the category. */
    public List<Finding> findings(List<QualitySignal> quality, List<SupplySignal> supply,
                                  Map<RiskCategory, List<RiskSubject>> openRisks) {
        List<Finding> findings = new ArrayList<>();
        for (QualitySignal signal : quality) {
            boolean complaints = signal.complaintRate().compareTo(parameters.complaintRateThreshold()) > 0;
            boolean returns = signal.returnRate().compareTo(parameters.returnRateThreshold()) > 0;
            boolean nonConforming = signal.nonConformanceRate().compareTo(parameters.nonConformanceRateThreshold()) > 0;
            if ((complaints || returns || nonConforming)
                && !open(openRisks, RiskCategory.QUALITY, signal.subject(), findings)) {
                findings.add(new Finding(RiskCategory.QUALITY, signal.subject(),
                    "complaint rate " + signal.complaintRate().toPlainString() + ", return rate "
                        + signal.returnRate().toPlainString() + ", non-conformance rate "
                        + signal.nonConformanceRate().toPlainString() + " in " + signal.month() + " (thresholds "
                        + parameters.complaintRateThreshold().toPlainString() + ", "
                        + parameters.returnRateThreshold().toPlainString() + ", "
                        + parameters.nonConformanceRateThreshold().toPlainString() + ")",
                    "quality-signal:" + signal.month()));
            }
        }
        for (SupplySignal signal : supply) {
            boolean late = signal.lateDeliveryRate().compareTo(parameters.lateDeliveryRateThreshold()) > 0;
            boolean untold = signal.untoldDelays() > parameters.untoldDelaysThreshold();
            if ((late || untold) && !open(openRisks, RiskCategory.SUPPLY, signal.subject(), findings)) {
                findings.add(new Finding(RiskCategory.SUPPLY, signal.subject(),
                    "late-delivery rate " + signal.lateDeliveryRate().toPlainString() + ", delays untold "
                        + signal.untoldDelays() + " in " + signal.month() + " (thresholds "
                        + parameters.lateDeliveryRateThreshold().toPlainString() + ", "
                        + parameters.untoldDelaysThreshold() + ")",
                    "supply-signal:" + signal.month()));
            }
        }
        return findings;
    }

    private static boolean open(Map<RiskCategory, List<RiskSubject>> openRisks, RiskCategory category,
                                RiskSubject subject, List<Finding> already) {
        return openRisks.getOrDefault(category, List.of()).contains(subject)
            || already.stream().anyMatch(f -> f.category() == category && f.subject().equals(subject));
    }
}
