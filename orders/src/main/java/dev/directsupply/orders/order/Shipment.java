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

    /** The same shipment, however its quantities are written ({@code 200} and {@code 200.0} alike). */
    public boolean isSameAs(Shipment other) {
        if (!reference.equals(other.reference) || !shippedOn.equals(other.shippedOn)
            || lines.size() != other.lines.size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            LineQuantity mine = lines.get(i);
            LineQuantity theirs = other.lines.get(i);
            if (mine.line() != theirs.line() || mine.quantity().compareTo(theirs.quantity()) != 0) {
                return false;
            }
        }
        return true;
    }
}
