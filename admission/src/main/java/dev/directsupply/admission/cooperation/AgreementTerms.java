package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Require;

/** What the two sides agree on (DS-3.4 step 6), as one version of the agreement states it. */
public record AgreementTerms(Parties parties, CooperationMode mode, Clauses clauses, PriceTerms prices,
                             PaymentTerms payment, DeliveryTerms delivery) {
    public AgreementTerms {
        Require.nonNull(parties, "parties", mode, "mode", clauses, "clauses", prices, "prices", payment, "payment",
            delivery, "delivery");
    }
}
