package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/** Both sides' signatures (DS-3.4 step 6): a version binds once the second side has signed. */
public record Signatures(Signature supplier, Signature customer) {
    public Signatures {
        Require.nonNull(supplier, "supplier", customer, "customer");
    }

    /** The day the second side signed. */
    public LocalDate signedOn() {
        return supplier.signedOn().isAfter(customer.signedOn()) ? supplier.signedOn() : customer.signedOn();
    }
}
