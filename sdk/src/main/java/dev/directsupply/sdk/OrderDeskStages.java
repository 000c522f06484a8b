package dev.directsupply.sdk;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.module.ModuleContext;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.account.OrderStage;
import dev.directsupply.risk.account.OrderStages;

/**
 * Tells the credit desk where an order stands, from the orders module (DS-4.1.2): a revision that was
 * amended away, cancelled or rejected has ended; a delivered, accepted or closed one was delivered; a
 * reference of the host's own (revision 0) is unknown. The orders module starts after the risk module,
 * so its desk is looked up when first asked.
 */
final class OrderDeskStages implements OrderStages {
    private final ModuleContext context;
    private final Actor system;

    OrderDeskStages(ModuleContext context) {
        this.context = context;
        this.system = context.pipeline().systemActor("credit-stages");
    }

    @Override
    public OrderStage stageOf(OrderReference reference) {
        if (reference.revision() == 0) {
            return OrderStage.UNKNOWN;
        }
        Order order;
        try {
            order = context.service(OrderDesk.class).get(system, OrderId.of(reference.order()));
        } catch (NotFound notAnOrder) {
            return OrderStage.UNKNOWN;
        }
        if (order.revision() > reference.revision()) {
            return OrderStage.ENDED;
        }
        return switch (order.status()) {
            case CANCELLED, REJECTED -> OrderStage.ENDED;
            case DELIVERED, ACCEPTED, CLOSED -> OrderStage.DELIVERED;
            default -> OrderStage.LIVE;
        };
    }
}
