package dev.directsupply.risk.account;

import dev.directsupply.kernel.Identifier;
import dev.directsupply.kernel.InvalidValue;
import java.util.Map;

/**
 * What a customer's credit is reserved for: an order of the orders module at one of its revisions
 * (each revision of an order is checked on its own), or a reference of the host's own with revision 0.
 * Typed, so that whoever reads a reservation or a hold finds the order without taking a text apart.
 *
 * @param order    the order's id, or the host's reference
 * @param revision the order's revision, 1 and up; 0 for a reference without revisions
 */
public record OrderReference(String order, int revision) {
    public OrderReference {
        Identifier.require("OrderReference", order);
        if (revision < 0) {
            throw InvalidValue.of("revision", "kernel.value.revision", "DS-4.1.2", Map.of("revision", revision));
        }
    }

    /** A reference of the host's own, without revisions. */
    public static OrderReference of(String reference) {
        return new OrderReference(reference, 0);
    }

    /** An order at one of its revisions. */
    public static OrderReference of(String order, int revision) {
        return new OrderReference(order, revision);
    }

    @Override
    public String toString() {
        return revision == 0 ? order : order + " (revision " + revision + ")";
    }
}
