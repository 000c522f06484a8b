package dev.directsupply.risk.register;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.validation.CrossFieldRules;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The policy parameters of the risk register (DS-6.1, DS-6.2), the {@code riskRegister} section: the
 * lowest likelihood × impact score of each level above LOW, how many days until a new risk's first
 * review, and the rates at which the monitor raises risks by itself — complaints, returns and units found
 * non-conforming at inspection for quality (DS-6.1.3, DS-6.2.3), late deliveries and delays the customer was
 * not told of in time for supply (DS-6.1.4, DS-4.1.4). The policy names the risks; every one of
 * these values is the company's choice.
 */
public record RiskRegisterParameters(
    @InRange(min = 2, max = 25, rule = "DS-6.1") int mediumFrom,
    @InRange(min = 2, max = 25, rule = "DS-6.1") int highFrom,
    @InRange(min = 2, max = 25, rule = "DS-6.1") int criticalFrom,
    @InRange(min = 1, max = 366, rule = "DS-6.2") int reviewIntervalDays,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal complaintRateThreshold,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal returnRateThreshold,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal lateDeliveryRateThreshold,
    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal nonConformanceRateThreshold,
    @InRange(min = 0, max = 1000, rule = "DS-4.1.4") int untoldDelaysThreshold)
    implements CrossFieldRules {

    /** The section of a policy file, with its shipped defaults. */
    public static final ParameterSection<RiskRegisterParameters> SECTION = ParameterSection.of("riskRegister",
        RiskRegisterParameters.class, "/dev/directsupply/risk/policy-defaults.json");

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

    /** The levels rise: medium below high below critical. */
    @Override
    public List<Violation> crossFieldViolations() {
        return mediumFrom < highFrom && highFrom < criticalFrom ? List.of()
            : List.of(Violation.of("highFrom", "risk.parameter.levels-order", "DS-6.1",
                Map.of("medium", mediumFrom, "high", highFrom, "critical", criticalFrom)));
    }
}
