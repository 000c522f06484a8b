package dev.directsupply.sdk;

import dev.directsupply.delivery.shipment.PlanShipment;
import dev.directsupply.delivery.shipment.Shipment;
import dev.directsupply.delivery.shipment.ShipmentDesk;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.ShippableGoods;
import dev.directsupply.orders.order.UnknownOrderLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Shipments of orders (DS-4.2): plans a delivery-module shipment from what of an order is ready, so that the
 * customer, place, promised day, urgency and agreed shelf life come from the order and its agreement, never
 * retyped. The delivery module plans no more of a line than is ready and not in the order's other shipments
 * (through {@code OrderReadyGoods}). The order then follows its shipments through their events (see
 * {@code Connections}).
 */
public final class OrderShipments {
    private final Pipeline pipeline;
    private final OrderDesk orders;
    private final ShipmentDesk shipments;

    OrderShipments(Pipeline pipeline, OrderDesk orders, ShipmentDesk shipments) {
        this.pipeline = pipeline;
        this.orders = orders;
        this.shipments = shipments;
    }

    /**
     * Plans a shipment of the order's ready goods, its transport chosen with its reasons (DS-4.2.1). The delivery
     * module refuses more of a line than is ready and not in the order's other shipments ({@code NotReadyToPlan}).
     */
    public Shipment plan(Actor actor, ShipOrderGoods command) {
        pipeline.accept(actor, command);
        ShippableGoods goods = orders.shippable(actor, command.orderId());
        List<PlanShipment.LineDetails> lines = new ArrayList<>();
        for (ShipOrderGoods.LotLine line : command.lines()) {
            ShippableGoods.Line of = goods.lines().stream().filter(ready -> ready.line() == line.orderLine())
                .findFirst().orElseThrow(() -> new UnknownOrderLine(command.orderId(), line.orderLine()));
            lines.add(new PlanShipment.LineDetails(line.orderLine(), new PlanShipment.GoodsDetails(of.product().value(),
                of.name(), of.specification().isBlank() ? "-" : of.specification(), of.unit()), line.quantity(),
                line.lot(), line.cargo()));
        }
        ShippableGoods.Delivery delivery = goods.delivery();
        return shipments.plan(actor, new PlanShipment(goods.order().value(), goods.customer(), lines,
            new PlanShipment.DestinationDetails(delivery.place(), delivery.place(), command.route().distanceKm(),
                command.route().overseas(), command.route().pickedUp(), delivery.transportDays()),
            new PlanShipment.ScheduleDetails(command.dispatchOn(), delivery.promisedOn(), delivery.urgency().name()),
            delivery.minimumRemainingShelfLifeDays()));
    }
}
