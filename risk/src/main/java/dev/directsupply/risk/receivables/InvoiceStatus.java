package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Messages;

/** Where an invoice stands. */
public enum InvoiceStatus implements Messages.Localized {
    OPEN, SETTLED, WRITTEN_OFF;

    @Override
    public String labelKey() {
        return "risk.invoice-status." + name();
    }
}
