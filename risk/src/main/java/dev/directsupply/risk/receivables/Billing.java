package dev.directsupply.risk.receivables;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import dev.directsupply.risk.account.OrderReference;
import java.time.LocalDate;

/**
 * What an invoice bills (DS-6.1.1): whom, for which order, when it was issued and when it is due,
 * and how much. It does not change once issued.
 *
 * @param order the order it bills, or null for an invoice of the host's own
 */
public record Billing(CustomerId customerId, OrderReference order, LocalDate issuedOn, LocalDate dueDate,
                      Money amount) {

    public Billing {
        Require.nonNull(customerId, "customerId", issuedOn, "issuedOn", dueDate, "dueDate", amount, "amount");
    }
}
