package dev.directsupply.customer.internal;

import dev.directsupply.customer.Customer;
import dev.directsupply.kernel.codec.SnapshotDocuments;
import dev.directsupply.kernel.store.DocumentCodec;
import java.util.Map;

/**
 * How a customer is stored: its snapshot as JSON, looked up by credit code, scale tier, strategic
 * importance, industry and status.
 */
public final class CustomerDocuments {
    public static final DocumentCodec<Customer> INSTANCE = new SnapshotDocuments<>(CustomerSnapshot.class,
        CustomerSnapshot.SCHEMA_VERSION, customer -> customer.id().value(),
        CustomerSnapshotMapper.INSTANCE::toSnapshot, CustomerSnapshotMapper.INSTANCE::toCustomer,
        CustomerSnapshot::schemaVersion, CustomerDocuments::attributes);

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
