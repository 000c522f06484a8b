package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;

/**
 * The reviews of DS-3.4, each taken by a different person: the policy's three (preliminary, credit, final)
 * and the site inspection, which the company keeps apart too (the inspector's findings are what the final
 * review relies on).
 */
public enum ReviewStage implements Messages.Localized {
    PRELIMINARY,
    CREDIT,
    INSPECTION,
    FINAL;

    @Override
    public String labelKey() {
        return "admission.stage." + name();
    }
}
