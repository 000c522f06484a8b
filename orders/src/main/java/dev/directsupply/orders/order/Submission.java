package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.util.Objects;

/**
 * How an order came in (DS-4.1.1): from which customer, through which channel, under its own reference
 * and idempotency key, under which cooperation agreement, taken by whom and when. It does not change.
 *
 * @param customerReference the customer's own order number, empty when it gave none
 * @param agreement         the cooperation agreement in force when it arrived, empty when there was none
 */
public record Submission(CustomerId customerId, Channel channel, String customerReference, Idempotency idempotency,
                         String agreement, ActorId receivedBy, Instant receivedAt) {

    public Submission {
        Require.nonNull(customerId, "customerId", channel, "channel", idempotency, "idempotency",
            receivedBy, "receivedBy", receivedAt, "receivedAt");
        customerReference = customerReference == null ? "" : customerReference;
        agreement = agreement == null ? "" : agreement;
    }

    /**
     * The key an order was submitted with, and a digest of what was submitted: the same key and content
     * give the same order again; the same key with other content is refused.
     */
    public record Idempotency(String key, String fingerprint) {
        public Idempotency {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }
}
