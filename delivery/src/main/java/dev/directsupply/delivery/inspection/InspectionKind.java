package dev.directsupply.delivery.inspection;

import dev.directsupply.kernel.Messages;

/** When in the making goods are inspected (DS-4.1.3, DS-6.2.3). */
public enum InspectionKind implements Messages.Localized {
    INCOMING, IN_PROCESS, FINAL;

    @Override
    public String labelKey() {
        return "delivery.inspection-kind." + name();
    }
}
