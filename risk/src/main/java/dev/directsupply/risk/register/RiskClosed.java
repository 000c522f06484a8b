package dev.directsupply.risk.register;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/**
 * The risk is closed: it is no longer planned or reviewed; identify it anew if it returns. The rule
 * named is the requirement of its kind of risk (DS-6.1.1 … DS-6.1.4).
 */
public final class RiskClosed extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final RiskId risk;

    public RiskClosed(RiskId risk, RiskCategory category) {
        super(category.requirement(), "risk-closed", "risk.error.risk-closed", Map.of("risk", risk.value()));
        this.risk = risk;
    }

    public RiskId risk() {
        return risk;
    }
}
