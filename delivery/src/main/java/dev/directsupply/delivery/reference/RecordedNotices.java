package dev.directsupply.delivery.reference;

import dev.directsupply.delivery.shipment.CustomerNotified;
import dev.directsupply.delivery.shipment.DeliveryNotices;
import dev.directsupply.delivery.shipment.ShipmentId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivery notices kept in memory instead of sent (DS-4.2.3): each once, however often it is handed over, in
 * the order they came. Safe to share between threads.
 */
public final class RecordedNotices implements DeliveryNotices {
    private final Map<String, CustomerNotified> sent = new LinkedHashMap<>();

    @Override
    public synchronized void send(CustomerNotified notice) {
        sent.putIfAbsent(notice.shipmentId().value() + "#" + notice.notice().revision(), notice);
    }

    /** Every notice recorded, in the order first received. */
    public synchronized List<CustomerNotified> all() {
        return List.copyOf(sent.values());
    }

    /** The notices of one shipment, revision 1 first. */
    public synchronized List<CustomerNotified> of(ShipmentId shipment) {
        List<CustomerNotified> found = new ArrayList<>();
        sent.values().stream().filter(notice -> notice.shipmentId().equals(shipment)).forEach(found::add);
        return found;
    }
}
