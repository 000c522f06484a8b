package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;

/** A criterion's answer. */
public enum Outcome implements Messages.Localized {
    PASS,
    FAIL,
    /** Nothing yet shows whether it is met: a later step, or a resubmission, may bring the evidence. */
    MISSING_EVIDENCE;

    @Override
    public String labelKey() {
        return "admission.outcome." + name();
    }
}
