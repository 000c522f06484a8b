package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Messages;

/** How a discrepancy is settled with the customer (DS-4.2.4). */
public enum ResolutionKind implements Messages.Localized {
    REPLACEMENT_SHIPMENT, CREDIT_NOTE, PRICE_DISCOUNT, RETURN;

    @Override
    public String labelKey() {
        return "delivery.resolution-kind." + name();
    }
}
