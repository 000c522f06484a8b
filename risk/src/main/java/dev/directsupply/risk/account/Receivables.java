package dev.directsupply.risk.account;

import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What the customer owes (DS-6.1.1): its unsettled invoices by due date, and the invoices issued in
 * the days-sales-outstanding period.
 */
public record Receivables(List<OpenItem> openItems, List<Sale> recentSales) {

    public Receivables {
        openItems = List.copyOf(openItems);
        recentSales = List.copyOf(recentSales);
    }

    static Receivables none() {
        return new Receivables(List.of(), List.of());
    }

    /** Everything still owed. */
    public Money outstanding(Currency currency) {
        Money owed = Money.zero(currency);
        for (OpenItem item : openItems) {
            owed = owed.plus(item.outstanding());
        }
        return owed;
    }

    /** The most days any open invoice is past due on the day; 0 when none is. */
    public long maxDaysPastDue(LocalDate day) {
        long most = 0;
        for (OpenItem item : openItems) {
            most = Math.max(most, item.daysPastDue(day));
        }
        return most;
    }

    public Optional<OpenItem> item(InvoiceId invoice) {
        return openItems.stream().filter(item -> item.invoice().equals(invoice)).findFirst();
    }

    /** An invoice issued on the day joins the open items and the sales of the period. */
    Receivables booked(OpenItem item, Sale sale, LocalDate periodStart) {
        List<OpenItem> items = new ArrayList<>(openItems.size() + 1);
        items.addAll(openItems);
        items.add(item);
        List<Sale> sales = new ArrayList<>(recentSales.size() + 1);
        for (Sale earlier : recentSales) {
            if (earlier.on().isAfter(periodStart)) {
                sales.add(earlier);
            }
        }
        sales.add(sale);
        return new Receivables(items, sales);
    }

    /** The open item of the invoice now owing {@code outstanding}; gone when nothing is. */
    Receivables settled(OpenItem item, Money outstanding) {
        List<OpenItem> items = new ArrayList<>(openItems);
        if (outstanding.isPositive()) {
            items.set(items.indexOf(item), new OpenItem(item.invoice(), item.dueDate(), outstanding,
                item.dunningLevel(), item.regradeTriggered()));
        } else {
            items.remove(item);
        }
        return new Receivables(items, recentSales);
    }

    Receivables withItems(List<OpenItem> items) {
        return new Receivables(items, recentSales);
    }
}
