package dev.directsupply.risk.register;

import dev.directsupply.kernel.Messages;

/** What a risk is about. */
public enum SubjectKind implements Messages.Localized {
    CUSTOMER, PRODUCT_LINE;

    @Override
    public String labelKey() {
        return "risk.subject-kind." + name();
    }
}
