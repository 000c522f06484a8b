package dev.directsupply.admission.cooperation;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Require;

/** The version of a customer's agreement in force on a day, with the agreement it belongs to. */
public record TermsInForce(AgreementId agreementId, CustomerId customerId, AgreementVersion version) {
    public TermsInForce {
        Require.nonNull(agreementId, "agreementId", customerId, "customerId", version, "version");
    }

    /** The reference orders and invoices cite: the agreement and its version, e.g. {@code CA-2026-0042/v2}. */
    public String reference() {
        return agreementId.value() + "/v" + version.number();
    }

    public AgreementTerms terms() {
        return version.terms();
    }
}
