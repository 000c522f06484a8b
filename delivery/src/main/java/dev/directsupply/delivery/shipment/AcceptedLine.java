package dev.directsupply.delivery.shipment;

import java.math.BigDecimal;

/** What the customer accepted of a line of an order at a joint acceptance. */
public record AcceptedLine(int orderLine, String product, BigDecimal shipped, BigDecimal accepted) {
}
