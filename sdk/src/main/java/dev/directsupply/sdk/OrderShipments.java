package dev.directsupply.sdk;

import dev.directsupply.delivery.shipment.PlanShipment;
import dev.directsupply.delivery.shipment.Shipment;
import dev.directsupply.delivery.shipment.ShipmentDesk;
import dev.directsupply.delivery.shipment.ShipmentLine;
import dev.directsupply.delivery.shipment.ShipmentStatus;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.orders.order.NotReadyToShip;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.ShippableGoods;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Shipments of orders (DS-4.2): plans a delivery-module shipment from what of an order is ready, so that the
 * customer, place, promised day, urgency and agreed shelf life come from the order and its agreement, never
 * retyped. No more of a line is planned than is ready and neither shipped nor planned in a shipment still to
 * leave ({@code NotReadyToShip}). The order then follows its shipments through their events (see
 * {@code Connections}).
 */
public final class OrderShipments {
    /** Shipments that hold goods of the order not yet shipped in the order's eyes. */
    private static final Set<ShipmentStatus> STILL_TO_LEAVE = EnumSet.of(ShipmentStatus.PLANNED,
        ShipmentStatus.INSPECTED, ShipmentStatus.PACKED, ShipmentStatus.NOTIFIED);

    private final Pipeline pipeline;
    private final OrderDesk orders;
    private final ShipmentDesk shipments;

    OrderShipments(Pipeline pipeline, OrderDesk orders, ShipmentDesk shipments) {
        this.pipeline = pipeline;
        this.orders = orders;
        this.shipments = shipments;
    }

    /** Plans a shipment of the order's ready goods, its transport chosen with its reasons (DS-4.2.1). */
    public Shipment plan(Actor actor, ShipOrderGoods command) {
        pipeline.accept(actor, command);
        ShippableGoods goods = orders.shippable(actor, command.orderId());
        Map<Integer, BigDecimal> planned = new TreeMap<>();
        for (Shipment shipment : shipments.ofOrder(actor, command.orderId().value())) {
            if (STILL_TO_LEAVE.contains(shipment.status())) {
                for (ShipmentLine line : shipment.consignment().lines()) {
                    planned.merge(line.orderLine(), line.quantity(), BigDecimal::add);
                }
            }
        }
        Map<Integer, BigDecimal> asked = new TreeMap<>();
        command.lines().forEach(line -> asked.merge(line.orderLine(), line.quantity(), BigDecimal::add));
        asked.forEach((number, quantity) -> {
            BigDecimal ready = goods.lines().stream().filter(line -> line.line() == number).findFirst()
                .map(ShippableGoods.Line::ready).orElse(BigDecimal.ZERO);
            BigDecimal left = ready.subtract(planned.getOrDefault(number, BigDecimal.ZERO));
            if (quantity.compareTo(left) > 0) {
                throw new NotReadyToShip(command.orderId(), number, left.max(BigDecimal.ZERO), quantity);
            }
        });
        List<PlanShipment.LineDetails> lines = new ArrayList<>();
        for (ShipOrderGoods.LotLine line : command.lines()) {
            ShippableGoods.Line of = goods.lines().stream().filter(ready -> ready.line() == line.orderLine())
                .findFirst().orElseThrow();
            lines.add(new PlanShipment.LineDetails(line.orderLine(), new PlanShipment.GoodsDetails(of.product().value(),
                of.name(), of.specification().isBlank() ? "-" : of.specification(), of.unit()), line.quantity(),
                line.lot(), line.cargo()));
        }
        ShippableGoods.Delivery delivery = goods.delivery();
        return shipments.plan(actor, new PlanShipment(goods.order().value(), goods.customer(), lines,
            new PlanShipment.DestinationDetails(delivery.place(), delivery.place(), command.route().distanceKm(),
                command.route().overseas(), command.route().pickedUp(), delivery.transportDays()),
            command.dispatchOn(), delivery.promisedOn(), delivery.urgency().name(),
            delivery.minimumRemainingShelfLifeDays()));
    }
}
