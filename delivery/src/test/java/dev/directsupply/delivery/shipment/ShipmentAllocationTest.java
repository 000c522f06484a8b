package dev.directsupply.delivery.shipment;

import static dev.directsupply.delivery.DeliveryFixtures.plan;
import static dev.directsupply.delivery.DeliveryFixtures.soy;
import static dev.directsupply.testing.Staff.LOGISTICS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.delivery.DeliveryFixtures;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.testing.ModuleHarness;
import dev.directsupply.testing.Races;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** No more of an order line goes into shipments than is ready (DS-4.2), one host or several at once. */
class ShipmentAllocationTest {
    private static final ReadyGoods FORTY_READY = order -> Optional.of(Map.of(1, new BigDecimal("40")));

    private final Races.SlowStore store = new Races.SlowStore();
    private final ManualClock clock = ManualClock.on("2026-03-16T09:00:00", ModuleHarness.SHANGHAI);
    private final List<DeliveryFixtures> hosts = List.of(new DeliveryFixtures(store, clock, FORTY_READY),
        new DeliveryFixtures(store, clock, FORTY_READY));
    private final CustomerId customer = hosts.get(0).customer();

    private static PlanShipment of(CustomerId customer, String order, String quantity) {
        PlanShipment plan = plan(customer, List.of(soy(1, "L1", quantity)));
        return new PlanShipment(order, customer, plan.lines(), plan.destination(), plan.schedule(),
            plan.minimumRemainingShelfLifeDays());
    }

    @Test
    @DisplayName("DS-4.2 a shipment holds no more of a line than is ready and not in the order's other shipments; a "
        + "cancelled shipment gives its share back")
    void givenPlannedShare_whenMorePlanned_thenRefusedUntilCancelled() {
        ShipmentDesk desk = hosts.get(0).shipments;
        Shipment first = desk.plan(LOGISTICS, of(customer, "SO-1", "30"));

        assertThatThrownBy(() -> desk.plan(LOGISTICS, of(customer, "SO-1", "11")))
            .isInstanceOfSatisfying(NotReadyToPlan.class, e -> assertThat(e.arguments())
                .containsEntry("left", "10").containsEntry("asked", "11"));
        desk.plan(LOGISTICS, of(customer, "SO-1", "10"));
        desk.cancel(LOGISTICS, new CancelShipment(first.id(), "re-planned"));
        assertThat(desk.plan(LOGISTICS, of(customer, "SO-1", "30")).status()).isEqualTo(ShipmentStatus.PLANNED);
        assertThat(desk.ofOrder(LOGISTICS, "SO-1")).hasSize(3);
    }

    @Test
    @DisplayName("DS-4.2 an order the port does not know is the host's: planning is not limited")
    void givenUnknownOrder_whenPlanned_thenNotLimited() {
        DeliveryFixtures alone = new DeliveryFixtures();
        CustomerId someone = alone.customer();

        alone.shipments.plan(LOGISTICS, of(someone, "HOST-1", "400"));

        assertThat(alone.shipments.plan(LOGISTICS, of(someone, "HOST-1", "400")).status())
            .isEqualTo(ShipmentStatus.PLANNED);
    }

    @Test
    @DisplayName("DS-4.2 two hosts planning the same ready goods at once: one plan stands, the other is refused, and "
        + "the race did happen")
    void givenTwoHostsPlanningTheSameGoods_whenAtOnce_thenOneStands() throws Exception {
        for (DeliveryFixtures host : hosts) {
            host.shipments.plan(LOGISTICS, of(customer, "WARM-" + hosts.indexOf(host), "1"));
        }
        int before = store.conflicts();
        for (int round = 0; round < 6; round++) {
            String order = "SO-R" + round;
            List<Object> outcomes = Races.race(hosts.stream().<Callable<Object>>map(host ->
                () -> host.shipments.plan(LOGISTICS, of(customer, order, "40"))).toList());

            assertThat(outcomes).filteredOn(Shipment.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(NotReadyToPlan.class::isInstance).hasSize(1);
            assertThat(hosts.get(0).shipments.ofOrder(LOGISTICS, order)).hasSize(1);
        }
        assertThat(store.conflicts() - before).as("the hosts' writes met").isPositive();
    }
}
