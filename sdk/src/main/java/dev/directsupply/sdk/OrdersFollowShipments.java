package dev.directsupply.sdk;

import dev.directsupply.delivery.shipment.DispatchedLine;
import dev.directsupply.delivery.shipment.JointAcceptance;
import dev.directsupply.delivery.shipment.Shipment;
import dev.directsupply.delivery.shipment.ShipmentAccepted;
import dev.directsupply.delivery.shipment.ShipmentDesk;
import dev.directsupply.delivery.shipment.ShipmentDispatched;
import dev.directsupply.delivery.shipment.ShipmentLine;
import dev.directsupply.delivery.shipment.ShipmentStatus;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.InvalidValue;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.orders.order.AcceptOrder;
import dev.directsupply.orders.order.ConfirmDelivery;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderDesk;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.ShipOrder;
import dev.directsupply.orders.order.ShippedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The order following its shipments (DS-4.2): a shipment that leaves ships its goods in the order's eyes; when
 * every shipment of the order still standing has been accepted with the customer and everything has left, the
 * order is delivered on the last arrival and accepted on the last acceptance, with what the customer accepted of
 * each line. Each step is idempotent, since the relay may hand an event over twice, and catches up on dispatches
 * whose own events the order has not seen yet (two subscriptions run independently). A shipment of a reference
 * that is not one of the orders module's is the host's business and is left alone.
 */
final class OrdersFollowShipments {
    private final OrderDesk orders;
    private final ShipmentDesk shipments;
    private final Actor system;

    OrdersFollowShipments(OrderDesk orders, ShipmentDesk shipments, Actor system) {
        this.orders = orders;
        this.shipments = shipments;
        this.system = system;
    }

    void dispatched(ShipmentDispatched dispatched) {
        order(dispatched.order()).ifPresent(order -> ship(order, dispatched.shipmentId().value(),
            dispatched.dispatchedOn(), dispatched.lines()));
    }

    void accepted(ShipmentAccepted accepted) {
        Optional<Order> found = order(accepted.order());
        if (found.isEmpty()) {
            return;
        }
        Order order = found.get();
        OrderId id = order.id();
        List<Shipment> standing = shipments.ofOrder(system, accepted.order()).stream()
            .filter(shipment -> shipment.status() != ShipmentStatus.CANCELLED).toList();
        for (Shipment shipment : standing) {
            if (shipment.journey().dispatchedOn() != null) {
                order = ship(order, shipment.id().value(), shipment.journey().dispatchedOn(),
                    shipment.consignment().lines().stream().map(line -> new DispatchedLine(line.orderLine(),
                        line.goods().product(), line.quantity(), line.lot().code())).toList());
            }
        }
        if (order.status() != OrderStatus.SHIPPED && order.status() != OrderStatus.DELIVERED
            || standing.stream().anyMatch(shipment -> shipment.acceptance() == null)) {
            return;
        }
        LocalDate arrived = standing.stream().map(shipment -> shipment.journey().arrivedOn() != null
            ? shipment.journey().arrivedOn() : shipment.acceptance().on()).max(LocalDate::compareTo).orElseThrow();
        LocalDate acceptedOn = standing.stream().map(shipment -> shipment.acceptance().on())
            .max(LocalDate::compareTo).orElseThrow();
        if (order.status() == OrderStatus.SHIPPED) {
            orders.confirmDelivery(system, new ConfirmDelivery(id, arrived));
        }
        Map<Integer, BigDecimal> acceptedByLine = new TreeMap<>();
        for (Shipment shipment : standing) {
            JointAcceptance acceptance = shipment.acceptance();
            for (ShipmentLine line : shipment.consignment().lines()) {
                acceptedByLine.merge(line.orderLine(), acceptance.accepted(line), BigDecimal::add);
            }
        }
        List<dev.directsupply.orders.order.AcceptedLine> lines = new ArrayList<>();
        acceptedByLine.forEach((line, quantity) -> lines.add(new dev.directsupply.orders.order.AcceptedLine(line,
            quantity)));
        orders.accept(system, new AcceptOrder(id, acceptedOn, lines, "accepted with the customer in "
            + standing.size() + (standing.size() == 1 ? " shipment" : " shipments")));
    }

    /** The order with the shipment shipped: as it was when it knows the shipment already. */
    private Order ship(Order order, String shipment, LocalDate on, List<DispatchedLine> dispatched) {
        if (order.fulfilment().shipment(shipment).isPresent()) {
            return order;
        }
        Map<Integer, BigDecimal> byLine = new TreeMap<>();
        dispatched.forEach(line -> byLine.merge(line.orderLine(), line.quantity(), BigDecimal::add));
        List<ShippedLine> lines = new ArrayList<>();
        byLine.forEach((line, quantity) -> lines.add(new ShippedLine(line, quantity)));
        return orders.ship(system, new ShipOrder(order.id(), shipment, on, lines));
    }

    private Optional<Order> order(String reference) {
        try {
            return Optional.of(orders.get(system, OrderId.of(reference)));
        } catch (NotFound | InvalidValue | IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
