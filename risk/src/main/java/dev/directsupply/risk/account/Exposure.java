package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;

/**
 * What a customer owes and has been promised on credit (DS-6.2.1), part by part: open receivables,
 * approved orders not yet delivered, and delivered goods not yet invoiced.
 */
public record Exposure(Money openReceivables, Money approvedUninvoiced, Money deliveredUninvoiced) {

    public Exposure {
        Require.nonNull(openReceivables, "openReceivables", approvedUninvoiced, "approvedUninvoiced",
            deliveredUninvoiced, "deliveredUninvoiced");
    }

    public Money total() {
        return openReceivables.plus(approvedUninvoiced).plus(deliveredUninvoiced);
    }
}
