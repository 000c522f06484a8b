package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.RuleViolation;
import java.util.Map;

/**
 * DS-3.3.2: a newly developed customer gives a credit guarantee or a prepayment, and its agreement carries
 * at least the security its admission was approved on.
 */
public final class AgreementNotSecured extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public AgreementNotSecured(AgreementId agreement, String required) {
        super("DS-3.3.2", "agreement-not-secured", "admission.error.agreement-not-secured",
            Map.of("agreement", agreement.value(), "required", required));
    }
}
