package dev.directsupply.delivery.inspection;

import dev.directsupply.kernel.Messages;

/** What an inspection found of its lot. */
public enum InspectionOutcome implements Messages.Localized {
    PASSED, FAILED;

    @Override
    public String labelKey() {
        return "delivery.inspection-outcome." + name();
    }
}
