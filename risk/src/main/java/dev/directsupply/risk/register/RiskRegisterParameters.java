package dev.directsupply.risk.register;

import dev.directsupply.kernel.parameters.ParameterReader;
import dev.directsupply.kernel.parameters.PolicySection;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The policy parameters of the risk register (DS-6.1, DS-6.2), the {@code riskRegister} section:
 * the lowest likelihood × impact score of each level above LOW, how many days until a new risk's
 * first review, and the rates at which the monitor raises risks by itself — complaints and returns
 * for quality (DS-6.1.3), late deliveries for supply (DS-6.1.4).
 */
public record RiskRegisterParameters(int mediumFrom, int highFrom, int criticalFrom, int reviewIntervalDays,
                                     BigDecimal complaintRateThreshold, BigDecimal returnRateThreshold,
                                     BigDecimal lateDeliveryRateThreshold) {
    public static final String SECTION = "riskRegister";
    private static final Set<String> KEYS = Set.of("mediumFrom", "highFrom", "criticalFrom", "reviewIntervalDays",
        "complaintRateThreshold", "returnRateThreshold", "lateDeliveryRateThreshold");

    public RiskRegisterParameters {
        Objects.requireNonNull(complaintRateThreshold, "complaintRateThreshold");
        Objects.requireNonNull(returnRateThreshold, "returnRateThreshold");
        Objects.requireNonNull(lateDeliveryRateThreshold, "lateDeliveryRateThreshold");
    }

    /** The level of a likelihood × impact score. */
    public RiskLevel levelOf(int score) {
        if (score >= criticalFrom) {
            return RiskLevel.CRITICAL;
        }
        if (score >= highFrom) {
            return RiskLevel.HIGH;
        }
        return score >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    /** Reads the section; problems go to the reader and the result is then null. */
    public static RiskRegisterParameters read(PolicySection section, ParameterReader reader,
                                              RiskRegisterParameters fallback) {
        ParameterReader mine = new ParameterReader(reader.source());
        mine.onlyKnownKeys(section, KEYS);
        Integer medium = mine.integer(section, "mediumFrom", fallback == null ? null : fallback.mediumFrom(), 2, 25);
        Integer high = mine.integer(section, "highFrom", fallback == null ? null : fallback.highFrom(), 2, 25);
        Integer critical = mine.integer(section, "criticalFrom", fallback == null ? null : fallback.criticalFrom(), 2,
            25);
        Integer review = mine.integer(section, "reviewIntervalDays",
            fallback == null ? null : fallback.reviewIntervalDays(), 1, 366);
        BigDecimal complaints = rate(mine, section, "complaintRateThreshold",
            fallback == null ? null : fallback.complaintRateThreshold());
        BigDecimal returns = rate(mine, section, "returnRateThreshold",
            fallback == null ? null : fallback.returnRateThreshold());
        BigDecimal late = rate(mine, section, "lateDeliveryRateThreshold",
            fallback == null ? null : fallback.lateDeliveryRateThreshold());
        if (medium != null && high != null && critical != null && !(medium < high && high < critical)) {
            mine.problem(section.pathOf("highFrom"), "risk.parameter.levels-order", "DS-6.1",
                Map.of("medium", medium, "high", high, "critical", critical));
        }
        reader.addAll(mine.violations());
        return mine.hasProblems() ? null
            : new RiskRegisterParameters(medium, high, critical, review, complaints, returns, late);
    }

    private static BigDecimal rate(ParameterReader reader, PolicySection section, String key, BigDecimal fallback) {
        BigDecimal value = reader.decimal(section, key, fallback);
        if (value != null && (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            reader.problem(section.pathOf(key), "risk.parameter.rate", "DS-6.1", Map.of("value", value));
            return fallback;
        }
        return value;
    }
}
