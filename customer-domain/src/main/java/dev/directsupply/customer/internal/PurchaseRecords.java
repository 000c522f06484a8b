package dev.directsupply.customer.internal;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.RecordedPurchase;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.codec.JsonDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * How a purchase is stored (DS-7.1.1): one document per customer and reference, saved with its own
 * sealed audit entry in the same batch as the customer's new version, so a purchase is counted
 * exactly when its record exists and an edited record shows in the audit check. The document id is
 * derived from the customer and the reference, so the same purchase can be created only once,
 * however many hosts record it at the same time.
 */
public final class PurchaseRecords {
    /** The collection purchase records are stored in. */
    public static final String COLLECTION = "customer-purchases";

    /** How a purchase record becomes a document and back. */
    public static final JsonDocuments<PurchaseRecord> CODEC = JsonDocuments.of(PurchaseRecord.class, 2,
        record -> id(record.customerId(), record.reference()), record -> Map.of("customerId",
            record.customerId().value()));

    private PurchaseRecords() {
    }

    /** One purchase as recorded: for whom, under which reference, when and by whom. */
    public record PurchaseRecord(CustomerId customerId, String reference, YearMonth month, Money amount,
                                 Instant recordedAt, ActorId recordedBy) {
        public PurchaseRecord {
            Require.nonNull(customerId, "customerId", reference, "reference", month, "month", amount, "amount",
                recordedAt, "recordedAt", recordedBy, "recordedBy");
        }

        public RecordedPurchase recorded() {
            return new RecordedPurchase(month, amount);
        }
    }

    /** The document id of the customer's purchase under the reference: a name-based UUID. */
    public static String id(CustomerId customer, String reference) {
        return UUID.nameUUIDFromBytes((customer.value() + '\n' + reference).getBytes(StandardCharsets.UTF_8))
            .toString();
    }
}
