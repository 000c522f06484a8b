package dev.directsupply.risk.account;

import dev.directsupply.kernel.Messages;

/** The one answer of a credit check (DS-4.1.2). */
public enum Outcome implements Messages.Localized {
    APPROVE, APPROVE_WITH_PREPAYMENT, HOLD;

    @Override
    public String labelKey() {
        return "risk.outcome." + name();
    }
}
