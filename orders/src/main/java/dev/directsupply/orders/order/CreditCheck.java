package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Money;

/**
 * Port: the credit check (DS-4.1.2). The {@code sdk} connects it to the risk module, which reserves
 * each order revision's credit atomically with the customer's other orders. Every call names the
 * revision by its {@link CreditReference}.
 */
public interface CreditCheck {

    /**
     * Checks an order revision and reserves its credit, or holds it. Asking again for the same
     * reference returns the standing decision — re-checked if it was held.
     */
    CreditAnswer reserve(Actor actor, CustomerId customer, CreditReference reference, Money amount);

    /** Releases a held order against the check (finance only), with the reason; returns the new answer. */
    CreditAnswer override(Actor actor, CustomerId customer, CreditReference reference, Money amount, String reason);

    /**
     * Gives up what the reference reserved or held: the revision was amended, cancelled, rejected or
     * prepaid in full, or an answer could not be recorded because the order moved on meanwhile.
     * Releasing a reference that holds nothing changes nothing.
     */
    void release(Actor actor, CustomerId customer, CreditReference reference, String reason);

    /**
     * The revision's goods reached the customer: what it reserved is now delivered but not yet
     * invoiced. A reference that holds nothing (prepaid in full, already billed) changes nothing.
     */
    void markDelivered(Actor actor, CustomerId customer, CreditReference reference);
}
