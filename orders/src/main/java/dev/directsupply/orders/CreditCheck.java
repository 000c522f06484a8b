package dev.directsupply.orders;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Money;

/**
 * Port: the credit check (DS-4.1.2). The {@code sdk} connects it to the risk module, which reserves
 * the order's credit atomically with the customer's other orders.
 */
public interface CreditCheck {

    /**
     * Checks an order revision and reserves its credit, or holds it. Asking again for the same
     * reference returns the standing decision — re-checked if it was held.
     */
    CreditAnswer reserve(Actor actor, CustomerId customer, String reference, Money amount);

    /** Releases a held order against the check (finance only), with the reason; returns the new answer. */
    CreditAnswer override(Actor actor, CustomerId customer, String reference, Money amount, String reason);

    /**
     * Gives up what the reference reserved or held: the orders module calls it when an answer it
     * asked for could not be recorded because the order moved on meanwhile (amended, cancelled).
     * Releasing a reference that holds nothing changes nothing.
     */
    void release(Actor actor, CustomerId customer, String reference, String reason);
}
