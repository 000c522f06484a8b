package dev.directsupply.customer.internal;

import dev.directsupply.customer.Customer;
import dev.directsupply.kernel.codec.JsonDocuments;
import java.util.Map;

/**
 * How a customer is stored: its records as JSON (layout 3), looked up by credit code, scale tier,
 * strategic importance, industry and status.
 */
public final class CustomerDocuments {
    /** The layout written: 3, the customer of parts (profile, classification, ledger, history). */
    public static final int LAYOUT = 3;
    public static final JsonDocuments<Customer> CODEC = JsonDocuments.of(Customer.class, LAYOUT,
        customer -> customer.id().value(), CustomerDocuments::attributes);

    private CustomerDocuments() {
    }

    private static Map<String, String> attributes(Customer customer) {
        return Map.of(
            "creditCode", customer.creditCode().value(),
            "scaleTier", customer.scaleTier().name(),
            "importance", customer.importance().name(),
            "industry", customer.industry().industry().name(),
            "status", customer.status().name());
    }
}
