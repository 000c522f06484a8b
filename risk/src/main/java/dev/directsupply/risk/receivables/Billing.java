package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import dev.directsupply.risk.account.OrderReference;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an invoice bills (DS-6.1.1): whom, for which order, when it was issued and when it is due,
 * and how much. It does not change once issued.
 *
 * @param order the order it bills, or null for an invoice of the host's own
 */
public record Billing(CustomerId customerId, OrderReference order, LocalDate issuedOn, LocalDate dueDate,
                      Money amount) {

    public Billing {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
    }
}
