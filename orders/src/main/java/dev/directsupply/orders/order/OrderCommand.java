package dev.directsupply.orders.order;

import dev.directsupply.kernel.service.Command;

/** A command about one order, which it names. */
public interface OrderCommand extends Command {
    OrderId orderId();
}
