package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Messages;

/** What the customer decides at a joint acceptance (DS-4.2.4). */
public enum AcceptanceDecision implements Messages.Localized {
    ACCEPT, REJECT;

    @Override
    public String labelKey() {
        return "delivery.acceptance-decision." + name();
    }
}
