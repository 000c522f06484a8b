package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;

/** The three reviews of DS-3.4 that three different people take. */
public enum ReviewStage implements Messages.Localized {
    PRELIMINARY,
    CREDIT,
    FINAL;

    @Override
    public String labelKey() {
        return "admission.stage." + name();
    }
}
