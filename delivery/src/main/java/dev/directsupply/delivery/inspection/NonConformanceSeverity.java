package dev.directsupply.delivery.inspection;

import dev.directsupply.kernel.Messages;

/** How grave a non-conformance is; a critical one fails the lot whatever the count. */
public enum NonConformanceSeverity implements Messages.Localized {
    MINOR, MAJOR, CRITICAL;

    @Override
    public String labelKey() {
        return "delivery.severity." + name();
    }
}
