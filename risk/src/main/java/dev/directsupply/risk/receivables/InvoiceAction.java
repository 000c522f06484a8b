package dev.directsupply.risk.receivables;

import dev.directsupply.kernel.Messages;

/** What can happen to an invoice. */
public enum InvoiceAction implements Messages.Localized {
    RECEIVE_PAYMENT, ISSUE_CREDIT_NOTE, SETTLE, WRITE_OFF;

    @Override
    public String labelKey() {
        return "risk.invoice-action." + name();
    }
}
