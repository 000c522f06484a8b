package dev.directsupply.delivery.shipment;

import dev.directsupply.kernel.Messages;

/** The steps of a shipment (DS-4.2). */
public enum ShipmentAction implements Messages.Localized {
    /** Every lot shipped has passed its final inspection (DS-4.1.3, DS-6.2.3). */
    INSPECT,
    /** Packed, a label on each package (DS-4.2.2). */
    PACK,
    /** The customer told the shipping time, the estimated arrival and the tracking number (DS-4.2.3). */
    NOTIFY,
    /** A changed estimated arrival sent to the customer; the shipment stays where it is. */
    UPDATE_ETA,
    DISPATCH,
    ARRIVE,
    /** The customer accepts the delivery at the joint acceptance, with or without discrepancies (DS-4.2.4). */
    ACCEPT,
    /** The customer rejects the delivery for its discrepancies (DS-4.2.4). */
    REJECT,
    /** A discrepancy settled by agreement; the last one settles the shipment (DS-4.2.4). */
    RESOLVE,
    CANCEL;

    @Override
    public String labelKey() {
        return "delivery.shipment-action." + name();
    }
}
