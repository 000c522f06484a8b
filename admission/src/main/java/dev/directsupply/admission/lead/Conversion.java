package dev.directsupply.admission.lead;

import dev.directsupply.admission.application.ApplicationId;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Require;

/** What a converted lead became: a registered prospect and its admission application. */
public record Conversion(CustomerId customer, ApplicationId application) {
    public Conversion {
        Require.nonNull(customer, "customer", application, "application");
    }
}
