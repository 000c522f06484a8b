package dev.directsupply.risk.receivables;

import static dev.directsupply.risk.receivables.InvoiceAction.ISSUE_CREDIT_NOTE;
import static dev.directsupply.risk.receivables.InvoiceAction.RECEIVE_PAYMENT;
import static dev.directsupply.risk.receivables.InvoiceAction.SETTLE;
import static dev.directsupply.risk.receivables.InvoiceAction.WRITE_OFF;
import static dev.directsupply.risk.receivables.InvoiceStatus.OPEN;
import static dev.directsupply.risk.receivables.InvoiceStatus.SETTLED;
import static dev.directsupply.risk.receivables.InvoiceStatus.WRITTEN_OFF;

import dev.directsupply.kernel.statemachine.Guard;
import dev.directsupply.kernel.statemachine.TransitionTable;

/**
 * An invoice's lifecycle: payments and credit notes while open, settled when nothing is owed,
 * written off (authorised, reason recorded) when it will not be paid. Diagram:
 * {@code docs/state-diagrams/invoice-lifecycle.md}.
 */
public final class InvoiceLifecycle {
    public static final TransitionTable<InvoiceStatus, InvoiceAction, Invoice> TABLE = TransitionTable
        .builder("risk.invoice-lifecycle", InvoiceStatus.class, InvoiceAction.class, Invoice.class)
        .initial(OPEN)
        .from(OPEN).on(RECEIVE_PAYMENT).to(OPEN)
        .from(OPEN).on(ISSUE_CREDIT_NOTE).to(OPEN)
        .from(OPEN).on(SETTLE).to(SETTLED)
        .when(Guard.of("risk.guard.nothing-outstanding", "DS-6.2.1", invoice -> invoice.outstanding().isZero()))
        .from(OPEN).on(WRITE_OFF).to(WRITTEN_OFF)
        .when(Guard.of("risk.guard.something-outstanding", "DS-6.2.1", invoice -> invoice.outstanding().isPositive()))
        .build();

    private InvoiceLifecycle() {
    }
}
