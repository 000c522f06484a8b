package dev.directsupply.delivery.shipment;

import java.math.BigDecimal;

/** What left on a line of an order: the order line, the product, the quantity and its lot. */
public record DispatchedLine(int orderLine, String product, BigDecimal quantity, String lot) {
}
