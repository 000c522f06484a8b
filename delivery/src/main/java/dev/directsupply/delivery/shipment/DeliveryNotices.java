package dev.directsupply.delivery.shipment;

/**
 * The port through which the host sends delivery notices to customers (DS-4.2.3): by e-mail, text message, EDI
 * or its portal. It is called once a notice's write has happened, at least once per notice: a notice is known
 * by its shipment and revision, so a host that has sent it already ignores it.
 */
@FunctionalInterface
public interface DeliveryNotices {
    void send(CustomerNotified notice);
}
