package dev.directsupply.customer.internal;

import dev.directsupply.customer.Customer;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.store.DocumentCodec;
import java.util.Map;

/**
 * How a customer is stored: its snapshot as JSON, looked up by credit code, scale tier, strategic
 * importance, industry and status.
 */
public final class CustomerDocuments implements DocumentCodec<Customer> {
    public static final CustomerDocuments INSTANCE = new CustomerDocuments();

    private CustomerDocuments() {
    }

    @Override
    public String id(Customer customer) {
        return customer.id().value();
    }

    @Override
    public String encode(Customer customer) {
        return Json.write(CustomerSnapshotMapper.INSTANCE.toSnapshot(customer));
    }

    @Override
    public Customer decode(String body) {
        CustomerSnapshot snapshot = Json.read(body, CustomerSnapshot.class);
        if (snapshot.schemaVersion() > CustomerSnapshot.SCHEMA_VERSION) {
            throw new IllegalStateException("customer " + snapshot.id() + " was stored in layout "
                + snapshot.schemaVersion() + " by a newer SDK; this one reads up to " + CustomerSnapshot.SCHEMA_VERSION);
        }
        return CustomerSnapshotMapper.INSTANCE.toCustomer(snapshot);
    }

    @Override
    public Map<String, String> attributes(Customer customer) {
        return Map.of(
            "creditCode", customer.creditCode().value(),
            "scaleTier", customer.scaleTier().name(),
            "importance", customer.importance().name(),
            "industry", customer.industry().industry().name(),
            "status", customer.status().name());
    }
}
