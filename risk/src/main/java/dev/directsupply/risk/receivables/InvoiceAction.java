package dev.directsupply.risk.receivables;

/** What can happen to an invoice. */
public enum InvoiceAction {
    RECEIVE_PAYMENT, ISSUE_CREDIT_NOTE, SETTLE, WRITE_OFF
}
