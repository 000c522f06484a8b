package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;

/** The port to outside company data (business register, rating agencies); the host answers it. */
@FunctionalInterface
public interface CompanyFacts {
    CompanyData about(CustomerId customer);

    /** A source that knows nothing: the scorecard's missing-data rules apply to every outside factor. */
    static CompanyFacts none() {
        return customer -> CompanyData.unknown();
    }
}
