package dev.directsupply.orders.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes to an order agreed with the customer (DS-6.2.2): new quantities for some lines, a new
 * requested delivery date, a new delivery place. What is null or empty stays as it was.
 */
public record Amendment(List<LineQuantity> quantities, LocalDate requestedDeliveryDate, String deliveryPlace) {

    public Amendment {
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        deliveryPlace = deliveryPlace == null || deliveryPlace.isBlank() ? null : deliveryPlace.strip();
    }

    /** No change at all. */
    public static Amendment none() {
        return new Amendment(List.of(), null, null);
    }

    public boolean isEmpty() {
        return quantities.isEmpty() && requestedDeliveryDate == null && deliveryPlace == null;
    }

    /** What the amendment changes in the order, one phrase each; empty when it changes nothing. */
    List<String> changesTo(Order order) {
        List<String> changes = new ArrayList<>();
        for (LineQuantity change : quantities) {
            OrderLine line = order.line(change.line());
            if (line.quantity().compareTo(change.quantity()) != 0) {
                changes.add("line " + change.line() + " quantity " + line.quantity().toPlainString() + " -> "
                    + change.quantity().toPlainString() + " " + line.unit());
            }
        }
        if (requestedDeliveryDate != null && !requestedDeliveryDate.equals(order.terms().requestedDeliveryDate())) {
            changes.add("requested delivery date " + order.terms().requestedDeliveryDate() + " -> " + requestedDeliveryDate);
        }
        if (deliveryPlace != null && !Objects.equals(deliveryPlace, order.terms().deliveryPlace())) {
            changes.add("delivery place " + order.terms().deliveryPlace() + " -> " + deliveryPlace);
        }
        return changes;
    }
}
