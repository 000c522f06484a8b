package dev.directsupply.orders.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Goods that left for the customer, by shipment reference, with the quantity per line. */
public record Shipment(String reference, LocalDate shippedOn, List<LineQuantity> lines) {
    public Shipment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(shippedOn, "shippedOn");
        lines = List.copyOf(lines);
    }
}
