package dev.directsupply.sdk;

import dev.directsupply.delivery.inspection.RecordInspection;
import dev.directsupply.delivery.shipment.DispatchShipment;
import dev.directsupply.delivery.shipment.InspectShipment;
import dev.directsupply.delivery.shipment.NotifyCustomer;
import dev.directsupply.delivery.shipment.PackShipment;
import dev.directsupply.delivery.shipment.PlanShipment;
import dev.directsupply.delivery.shipment.RecordAcceptance;
import dev.directsupply.delivery.shipment.RecordArrival;
import dev.directsupply.delivery.shipment.Shipment;
import dev.directsupply.delivery.shipment.ShipmentId;
import dev.directsupply.delivery.shipment.ShipmentLine;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.ShippableGoods;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order's goods taken through the delivery module as the tests of the SDK need them (DS-4.2): a lot passed
 * final inspection, a shipment planned from the order, packed in one package a line, announced, dispatched,
 * arrived and accepted with the customer — everything, or what the test says.
 */
final class Deliveries {
    private Deliveries() {
    }

    /** Plans a shipment of everything of the order that is ready, from lot {@code L-<order>}, made the day before. */
    static Shipment planReady(DirectSupply sdk, OrderId order, LocalDate today) {
        ShippableGoods goods = sdk.orders().shippable(Staff.LOGISTICS, order);
        String lot = "L-" + order.value();
        for (ShippableGoods.Line line : goods.lines()) {
            sdk.inspections().record(Staff.QUALITY, new RecordInspection("FINAL", line.product().value(), lot,
                new RecordInspection.SamplingDetails(500L, 13L, 1L), 0L, List.of(), today));
        }
        return sdk.orderShipments().plan(Staff.LOGISTICS, new ShipOrderGoods(order, today,
            new ShipOrderGoods.Route(120, false, false), goods.lines().stream().map(line -> new ShipOrderGoods.LotLine(
                line.line(), line.ready(), new PlanShipment.LotDetails(lot, today.minusDays(1), 12, "MONTHS"),
                new PlanShipment.CargoDetails(new BigDecimal("6.5"), new BigDecimal("0.02"), List.of()))).toList()));
    }

    /** Inspects, packs, announces and dispatches a planned shipment on the day. */
    static Shipment dispatch(DirectSupply sdk, ShipmentId id, LocalDate today) {
        Shipment planned = sdk.shipments().inspect(Staff.LOGISTICS, new InspectShipment(id));
        sdk.shipments().pack(Staff.LOGISTICS, new PackShipment(id, planned.consignment().lines().stream()
            .map(line -> new PackShipment.PackageDetails(line.number(), line.quantity())).toList()));
        sdk.shipments().notifyCustomer(Staff.LOGISTICS, new NotifyCustomer(id, "顺丰", "SF-" + id.value(), today));
        return sdk.shipments().dispatch(Staff.LOGISTICS, new DispatchShipment(id, today));
    }

    /** The shipment arrives on the day and the customer accepts it as it came. */
    static Shipment acceptAsShipped(DirectSupply sdk, ShipmentId id, LocalDate today) {
        sdk.shipments().recordArrival(Staff.CUSTOMER_SERVICE, new RecordArrival(id, today));
        return sdk.shipments().recordAcceptance(Staff.CUSTOMER_SERVICE, new RecordAcceptance(id, today, "ACCEPT",
            List.of(), "赵经理", ""));
    }

    /** The shipment arrives and the customer accepts it with so many received of each line. */
    static Shipment acceptReceived(DirectSupply sdk, ShipmentId id, LocalDate today, List<BigDecimal> received) {
        sdk.shipments().recordArrival(Staff.CUSTOMER_SERVICE, new RecordArrival(id, today));
        Shipment arrived = sdk.shipments().shipment(Staff.LOGISTICS, id);
        List<ShipmentLine> lines = arrived.consignment().lines();
        return sdk.shipments().recordAcceptance(Staff.CUSTOMER_SERVICE, new RecordAcceptance(id, today, "ACCEPT",
            java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> new RecordAcceptance.CheckDetails(
                lines.get(i).number(), received.get(i), true, "CONFORMING", "counted at the gate")).toList(),
            "赵经理", ""));
    }

    /** Everything ready shipped in one shipment, dispatched, accepted as shipped, and the events relayed. */
    static void deliverEverything(DirectSupply sdk, OrderId order, LocalDate today) {
        ShipmentId id = planReady(sdk, order, today).id();
        dispatch(sdk, id, today);
        acceptAsShipped(sdk, id, today);
        EventRelay.Relayed relayed = sdk.events().drain();
        if (!relayed.failures().isEmpty()) {
            throw new AssertionError("the relay failed: " + relayed.failures());
        }
    }
}
