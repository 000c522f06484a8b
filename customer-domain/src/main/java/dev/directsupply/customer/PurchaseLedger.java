package dev.directsupply.customer;

import dev.directsupply.kernel.Money;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a customer bought, month by month, for its scale classification (DS-2.2.1) and its purchase
 * records (DS-7.1.1). Each purchase carries a reference (an order or invoice number) and is kept
 * under it, so the same purchase fed again is counted once and a contradicting one is caught.
 * Months older than the retention period are dropped with their references.
 *
 * @param declaredAnnual the annual purchase the customer declared at registration
 * @param monthly        purchase totals by month
 * @param references     each retained purchase by its reference
 */
public record PurchaseLedger(Money declaredAnnual, SortedMap<YearMonth, Money> monthly,
                             Map<String, RecordedPurchase> references) {

    public PurchaseLedger {
        Objects.requireNonNull(declaredAnnual, "declaredAnnual");
        monthly = Collections.unmodifiableSortedMap(new TreeMap<>(monthly));
        references = Map.copyOf(references);
    }

    /** A ledger with nothing recorded yet. */
    public static PurchaseLedger declared(Money declaredAnnual) {
        return new PurchaseLedger(declaredAnnual, new TreeMap<>(), Map.of());
    }

    public Currency currency() {
        return declaredAnnual.currency();
    }

    /** The purchase recorded under the reference, if it is still kept. */
    public Optional<RecordedPurchase> recorded(String reference) {
        return Optional.ofNullable(references.get(reference));
    }

    /** The ledger with the purchase added, keeping only months from {@code keepFrom} on. */
    public PurchaseLedger record(String reference, YearMonth month, Money amount, YearMonth keepFrom) {
        TreeMap<YearMonth, Money> months = new TreeMap<>(monthly);
        months.merge(month, amount, Money::plus);
        Map<String, RecordedPurchase> refs = new HashMap<>(references);
        refs.put(reference, new RecordedPurchase(month, amount));
        months.headMap(keepFrom).clear();
        refs.values().removeIf(purchase -> purchase.month().isBefore(keepFrom));
        return new PurchaseLedger(declaredAnnual, months, refs);
    }

    /** The purchases of the {@code months} months ending with {@code asOf}, that month included. */
    public Money trailing(YearMonth asOf, int months) {
        Money total = Money.zero(currency());
        for (Money amount : monthly.subMap(asOf.minusMonths(months - 1L), asOf.plusMonths(1)).values()) {
            total = total.plus(amount);
        }
        return total;
    }
}
