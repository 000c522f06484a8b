package dev.directsupply.delivery;

import static dev.directsupply.delivery.DeliveryFixtures.TODAY;
import static dev.directsupply.delivery.DeliveryFixtures.finalInspection;
import static dev.directsupply.delivery.DeliveryFixtures.plan;
import static dev.directsupply.delivery.DeliveryFixtures.soy;
import static dev.directsupply.testing.Staff.LOGISTICS;
import static dev.directsupply.testing.Staff.QUALITY;
import static dev.directsupply.testing.Staff.SALES_MANAGER;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.delivery.shipment.CancelShipment;
import dev.directsupply.delivery.shipment.DispatchShipment;
import dev.directsupply.delivery.shipment.InspectShipment;
import dev.directsupply.delivery.shipment.NotifyCustomer;
import dev.directsupply.delivery.shipment.PackShipment;
import dev.directsupply.delivery.shipment.RecordAcceptance;
import dev.directsupply.delivery.shipment.RecordArrival;
import dev.directsupply.delivery.shipment.ResolveDiscrepancy;
import dev.directsupply.delivery.shipment.ShipmentId;
import dev.directsupply.delivery.shipment.UpdateArrival;
import dev.directsupply.testing.BadInputProbe;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every delivery command, each field spoilt in turn: refused, naming the field, and nothing stored. */
class DeliveryBadInputTest {
    private final DeliveryFixtures fixtures = new DeliveryFixtures();

    @Test
    @DisplayName("DS-4.2 DS-7.1.2 bad text, numbers and dates in any delivery command meet InvalidCommand naming the "
        + "field")
    void givenBadInputInEveryCommand_whenSent_thenRefusedNamingTheField() {
        CustomerId customer = fixtures.customer();
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "L1", 0));
        ShipmentId id = fixtures.shipments.plan(LOGISTICS, plan(customer, List.of(soy(1, "L1", "40")))).id();
        BadInputProbe probe = new BadInputProbe(() -> fixtures.modules.store().pendingEvents(100_000).size());

        probe.tryAll(finalInspection("SOY-500", "L1", 1), c -> fixtures.inspections.record(QUALITY, c));
        probe.tryAll(plan(customer, List.of(soy(1, "L1", "40"))), c -> fixtures.shipments.plan(LOGISTICS, c));
        probe.tryAll(new InspectShipment(id), c -> fixtures.shipments.inspect(LOGISTICS, c));
        probe.tryAll(new PackShipment(id, List.of(new PackShipment.PackageDetails(1, new BigDecimal("40")))),
            c -> fixtures.shipments.pack(LOGISTICS, c));
        probe.tryAll(new NotifyCustomer(id, "顺丰", "SF1", TODAY.plusDays(2)),
            c -> fixtures.shipments.notifyCustomer(LOGISTICS, c));
        probe.tryAll(new UpdateArrival(id, TODAY.plusDays(3), "rain"), c -> fixtures.shipments.updateArrival(LOGISTICS, c));
        probe.tryAll(new DispatchShipment(id, TODAY), c -> fixtures.shipments.dispatch(LOGISTICS, c));
        probe.tryAll(new RecordArrival(id, TODAY), c -> fixtures.shipments.recordArrival(LOGISTICS, c));
        probe.tryAll(new RecordAcceptance(id, TODAY, "ACCEPT", List.of(new RecordAcceptance.CheckDetails(1,
            new BigDecimal("38"), true, "DAMAGED", "crushed")), "赵经理", ""),
            c -> fixtures.shipments.recordAcceptance(LOGISTICS, c));
        probe.tryAll(new ResolveDiscrepancy(id, 1, "CREDIT_NOTE", new BigDecimal("96.00"), null, "credit", "赵经理", TODAY),
            c -> fixtures.shipments.resolve(SALES_MANAGER, c));
        probe.tryAll(new CancelShipment(id, "customer moved the date"), c -> fixtures.shipments.cancel(LOGISTICS, c));

        probe.assertEachRefusedNamingTheField("delivery", 150);
    }
}
