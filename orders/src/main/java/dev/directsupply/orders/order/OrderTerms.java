package dev.directsupply.orders.order;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the customer asks for, in the revision agreed so far (DS-4.1.1, DS-6.2.2): the lines, the date
 * and place of delivery, the urgency. An amendment agreed with the customer makes a new revision; a
 * review and a credit answer count for one revision only.
 *
 * @param revision 1, raised by each amendment
 */
public record OrderTerms(List<OrderLine> lines, LocalDate requestedDeliveryDate, String deliveryPlace,
                         Urgency urgency, int revision) {

    public OrderTerms {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() != i + 1) {
                throw new IllegalArgumentException("order lines are numbered 1, 2, … in order");
            }
        }
        Require.nonNull(requestedDeliveryDate, "requestedDeliveryDate", deliveryPlace, "deliveryPlace",
            urgency, "urgency");
    }

    /** The order's value: quantity × unit price over its lines. */
    public Money total() {
        Money total = Money.zero(lines.get(0).unitPrice().currency());
        for (OrderLine line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }

    /** The next revision, with the amendment's changes. */
    OrderTerms amended(Amendment amendment) {
        List<OrderLine> amended = new ArrayList<>(lines);
        for (LineQuantity quantity : amendment.quantities()) {
            OrderLine line = amended.get(quantity.line() - 1);
            amended.set(quantity.line() - 1, line.withQuantity(quantity.quantity()));
        }
        return new OrderTerms(amended, amendment.requestedDeliveryDate() != null
            ? amendment.requestedDeliveryDate() : requestedDeliveryDate,
            amendment.deliveryPlace() != null ? amendment.deliveryPlace() : deliveryPlace, urgency, revision + 1);
    }
}
