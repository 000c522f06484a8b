package dev.directsupply.customer.internal;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.RecordedPurchase;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.codec.MoneySnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;

/**
 * How a purchase is stored (DS-7.1.1): one document per customer and reference, written in the same
 * batch as the customer's new version, so a purchase is counted exactly when its record exists. The
 * document id is derived from the customer and the reference, so the same purchase can be created
 * only once, however many hosts record it at the same time.
 */
public final class PurchaseRecords {
    /** The collection purchase records are stored in. */
    public static final String COLLECTION = "customer-purchases";

    private PurchaseRecords() {
    }

    /** A purchase as stored. */
    public record PurchaseSnapshot(int schemaVersion, String customerId, String reference, String month,
                                   MoneySnapshot amount, Instant recordedAt, String recordedBy) {
    }

    /** The document id of the customer's purchase under the reference: a name-based UUID. */
    public static String id(CustomerId customer, String reference) {
        return UUID.nameUUIDFromBytes((customer.value() + '\n' + reference).getBytes(StandardCharsets.UTF_8))
            .toString();
    }

    public static String encode(CustomerId customer, String reference, YearMonth month, Money amount,
                                Instant recordedAt, ActorId recordedBy) {
        return Json.write(new PurchaseSnapshot(1, customer.value(), reference, month.toString(),
            new MoneySnapshot(amount.amount(), amount.currency().getCurrencyCode()), recordedAt, recordedBy.value()));
    }

    /** The values to look purchases up by: the customer. */
    public static Map<String, String> attributes(CustomerId customer) {
        return Map.of("customerId", customer.value());
    }

    public static RecordedPurchase decode(String body) {
        PurchaseSnapshot snapshot = Json.read(body, PurchaseSnapshot.class);
        return new RecordedPurchase(YearMonth.parse(snapshot.month()),
            Money.of(snapshot.amount().amount(), Currency.getInstance(snapshot.amount().currency())));
    }
}
