package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.RuleViolation;
import dev.directsupply.risk.account.InvoiceId;
import java.util.Map;

/**
 * An invoice with this number was already issued with other figures (customer, order or amount): an
 * invoice number bills one thing once (DS-6.1.1). Issuing the same invoice again returns it.
 */
public final class InvoiceAlreadyIssued extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final InvoiceId invoice;

    public InvoiceAlreadyIssued(InvoiceId invoice) {
        super("DS-6.1.1", "invoice-already-issued", "risk.error.invoice-already-issued",
            Map.of("invoice", invoice.value()));
        this.invoice = invoice;
    }

    public InvoiceId invoice() {
        return invoice;
    }
}
