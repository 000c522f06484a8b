package dev.directsupply.admission.application;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/**
 * DS-3.4 step 3: the credit report attached, and the annual purchase confirmed or corrected. Only this
 * confirmed figure sets the customer's scale tier, and so its credit limit (DS-2.2.1).
 */
public record CreditEvaluation(ActorId by, CreditStanding standing, Money confirmedAnnualPurchase, String note,
                               Instant at) {
    public CreditEvaluation {
        Require.nonNull(by, "by", standing, "standing", confirmedAnnualPurchase, "confirmedAnnualPurchase", note,
            "note", at, "at");
    }
}
