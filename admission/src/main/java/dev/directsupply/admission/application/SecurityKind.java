package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;

/** What a new customer offers as security (DS-3.3.2): a credit guarantee or a prepayment, or nothing yet. */
public enum SecurityKind implements Messages.Localized {
    GUARANTEE,
    PREPAYMENT,
    NONE;

    @Override
    public String labelKey() {
        return "admission.security." + name();
    }
}
