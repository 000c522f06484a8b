package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Require;

/** The two parties to the agreement, by their legal names: the supplying company and the customer. */
public record Parties(String supplier, String customer) {
    public Parties {
        Require.nonNull(supplier, "supplier", customer, "customer");
    }
}
