package dev.directsupply.customer;

import dev.directsupply.kernel.Money;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Currency;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a customer bought, month by month, for its scale classification (DS-2.2.1). Months older
 * than the retention period are dropped. The purchases themselves, each under its reference, are
 * records of their own ({@link CustomerDesk#purchase}): the ledger keeps only the monthly totals,
 * so a customer's document stays the same size however much it buys.
 *
 * @param declaredAnnual the annual purchase the customer declared at registration, or the one confirmed
 *                       when it was admitted
 * @param monthly        purchase totals by month
 */
public record PurchaseLedger(Money declaredAnnual, SortedMap<YearMonth, Money> monthly) {

    public PurchaseLedger {
        Objects.requireNonNull(declaredAnnual, "declaredAnnual");
        monthly = Collections.unmodifiableSortedMap(new TreeMap<>(monthly));
    }

    /** A ledger with nothing recorded yet. */
    public static PurchaseLedger declared(Money declaredAnnual) {
        return new PurchaseLedger(declaredAnnual, new TreeMap<>());
    }

    /** The ledger with the annual purchase confirmed at admission in place of the declared one (DS-3.4 step 3). */
    public PurchaseLedger confirmed(Money confirmedAnnual) {
        return new PurchaseLedger(confirmedAnnual, monthly);
    }

    public Currency currency() {
        return declaredAnnual.currency();
    }

    /** The ledger with the purchase added, keeping only months from {@code keepFrom} on. */
    public PurchaseLedger record(YearMonth month, Money amount, YearMonth keepFrom) {
        TreeMap<YearMonth, Money> months = new TreeMap<>(monthly);
        months.merge(month, amount, Money::plus);
        months.headMap(keepFrom).clear();
        return new PurchaseLedger(declaredAnnual, months);
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
