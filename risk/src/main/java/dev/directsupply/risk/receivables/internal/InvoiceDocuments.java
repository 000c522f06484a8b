package dev.directsupply.risk.receivables.internal;

import dev.directsupply.kernel.codec.JsonDocuments;
import dev.directsupply.risk.receivables.Invoice;
import java.util.Map;

/** How invoices are stored: found by customer and status. */
public final class InvoiceDocuments {
    public static final JsonDocuments<Invoice> INVOICES = JsonDocuments.of(Invoice.class, 2,
        invoice -> invoice.id().value(),
        invoice -> Map.of("customerId", invoice.customerId().value(), "status", invoice.status().name()));

    private InvoiceDocuments() {
    }
}
