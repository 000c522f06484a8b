package dev.directsupply.orders.order;

import dev.directsupply.kernel.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an order as the customer placed it (DS-4.1.1): product, specification, quantity in a
 * unit, and the unit price.
 *
 * @param number        1, 2, … in the order
 * @param specification the product variant asked for; empty when the product has none
 */
public record OrderLine(int number, ProductCode product, String specification, BigDecimal quantity, String unit,
                        Money unitPrice) {

    public OrderLine {
        if (number < 1) {
            throw new IllegalArgumentException("line numbers start at 1, not " + number);
        }
        Objects.requireNonNull(product, "product");
        specification = specification == null ? "" : specification;
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("line " + number + ": the quantity must be positive");
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    /** The same line for another quantity. */
    OrderLine withQuantity(BigDecimal next) {
        return new OrderLine(number, product, specification, next, unit, unitPrice);
    }

    /** Quantity × unit price, in cents. */
    public Money amount() {
        return unitPrice.times(quantity);
    }
}
