package dev.directsupply.customer;

import static dev.directsupply.customer.CustomerStatus.ACTIVE;
import static dev.directsupply.customer.CustomerStatus.PROSPECT;
import static dev.directsupply.customer.CustomerStatus.SUSPENDED;
import static dev.directsupply.customer.CustomerStatus.TERMINATED;
import static dev.directsupply.customer.CustomerStatusAction.ADMIT;
import static dev.directsupply.customer.CustomerStatusAction.IMPORT;
import static dev.directsupply.customer.CustomerStatusAction.REINSTATE;
import static dev.directsupply.customer.CustomerStatusAction.SUSPEND;
import static dev.directsupply.customer.CustomerStatusAction.TERMINATE;

import dev.directsupply.kernel.statemachine.TransitionTable;

/**
 * The status lifecycle of a customer, as a transition table. Its diagram is in
 * {@code docs/state-diagrams/customer-status.md}, kept in sync by a test.
 */
public final class CustomerLifecycle {
    /**
     * PROSPECT → ACTIVE only by admission (DS-3.4) or import; ACTIVE ⇄ SUSPENDED; any → TERMINATED (a
     * prospect that is not admitted is ended so), and nothing out of TERMINATED.
     */
    public static final TransitionTable<CustomerStatus, CustomerStatusAction, Customer> TABLE = TransitionTable
        .builder("customer.lifecycle", CustomerStatus.class, CustomerStatusAction.class, Customer.class)
        .initial(PROSPECT)
        .from(PROSPECT).on(ADMIT).to(ACTIVE)
        .from(PROSPECT).on(IMPORT).to(ACTIVE)
        .from(ACTIVE).on(SUSPEND).to(SUSPENDED)
        .from(SUSPENDED).on(REINSTATE).to(ACTIVE)
        .from(PROSPECT, ACTIVE, SUSPENDED).on(TERMINATE).to(TERMINATED)
        .build();

    private CustomerLifecycle() {
    }
}
