package dev.directsupply.delivery.shipment;

import static dev.directsupply.delivery.DeliveryFixtures.TODAY;
import static dev.directsupply.delivery.DeliveryFixtures.finalInspection;
import static dev.directsupply.delivery.DeliveryFixtures.plan;
import static dev.directsupply.delivery.DeliveryFixtures.soy;
import static dev.directsupply.testing.Staff.CUSTOMER_SERVICE;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.LOGISTICS;
import static dev.directsupply.testing.Staff.QUALITY;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.delivery.DeliveryFixtures;
import dev.directsupply.delivery.transport.TransportMode;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.statemachine.TransitionRejected;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of a shipment's steps one by one (DS-4.2.1 – DS-4.2.4, DS-6.2.3), at their edges. */
class ShipmentRulesTest {
    private final DeliveryFixtures fixtures = new DeliveryFixtures();
    private final ShipmentDesk desk = fixtures.shipments;
    private final CustomerId customer = fixtures.customer();

    private ShipmentId cleared(List<PlanShipment.LineDetails> lines) {
        ShipmentId id = desk.plan(LOGISTICS, plan(customer, lines)).id();
        return desk.inspect(LOGISTICS, new InspectShipment(id)).id();
    }

    private ShipmentId packed(String lot, String quantity) {
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", lot, 0));
        ShipmentId id = cleared(List.of(soy(1, lot, quantity)));
        desk.pack(LOGISTICS, new PackShipment(id, List.of(new PackShipment.PackageDetails(1, new BigDecimal(quantity)))));
        return id;
    }

    private ShipmentId arrived(String quantity) {
        ShipmentId id = packed("L1", quantity);
        desk.notifyCustomer(LOGISTICS, new NotifyCustomer(id, "顺丰", "SF1", null));
        desk.dispatch(LOGISTICS, new DispatchShipment(id, TODAY));
        desk.recordArrival(LOGISTICS, new RecordArrival(id, TODAY));
        return id;
    }

    @Test
    @DisplayName("DS-4.2.1 special handling of any line counts: a small parcel needing the cold chain does not go by "
        + "express")
    void givenSmallParcel_whenColdChainNeeded_thenNotExpress() {
        PlanShipment.LineDetails small = new PlanShipment.LineDetails(1, soy(1, "L1", "1").goods(), BigDecimal.ONE,
            soy(1, "L1", "1").lot(), new PlanShipment.CargoDetails(new BigDecimal("2"), new BigDecimal("0.01"),
            List.of()));
        PlanShipment.LineDetails cold = new PlanShipment.LineDetails(2, small.goods(), BigDecimal.ONE, small.lot(),
            new PlanShipment.CargoDetails(new BigDecimal("2"), new BigDecimal("0.01"), List.of("COLD_CHAIN")));

        assertThat(desk.plan(LOGISTICS, plan(customer, List.of(small))).transport().mode())
            .isEqualTo(TransportMode.EXPRESS);
        assertThat(desk.plan(LOGISTICS, plan(customer, List.of(small, cold))).transport().mode())
            .isEqualTo(TransportMode.ROAD);
    }

    @Test
    @DisplayName("DS-6.2.3 every lot of a shipment needs its own passed final inspection; a passed in-process one is "
        + "not enough")
    void givenTwoLotsOneCleared_whenInspected_thenTheOtherNamed() {
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "L1", 0));
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "L2", 2));
        fixtures.clock.advance(Duration.ofMinutes(5));
        fixtures.inspections.record(QUALITY, new dev.directsupply.delivery.inspection.RecordInspection("IN_PROCESS",
            "SOY-500", "L2", new dev.directsupply.delivery.inspection.RecordInspection.SamplingDetails(500L, 13L, 1L), 0L,
            List.of(), TODAY));
        ShipmentId id = desk.plan(LOGISTICS, plan(customer, List.of(soy(1, "L1", "10"), soy(1, "L2", "10")))).id();

        assertThatThrownBy(() -> desk.inspect(LOGISTICS, new InspectShipment(id)))
            .isInstanceOfSatisfying(LotNotCleared.class, e -> assertThat(e.arguments()).containsEntry("lot", "SOY-500/L2"));
        assertThat(desk.shipment(LOGISTICS, id).consignment().lots()).containsExactly("SOY-500/L1", "SOY-500/L2");
    }

    @Test
    @DisplayName("DS-4.2.2 packages are numbered in order; a label of a line the shipment lacks, or labels beyond a line, "
        + "are refused")
    void givenPackages_whenPacked_thenNumberedAndChecked() {
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "L1", 0));
        ShipmentId id = cleared(List.of(soy(1, "L1", "40")));

        assertThatThrownBy(() -> desk.pack(LOGISTICS, new PackShipment(id, List.of(new PackShipment.PackageDetails(2,
            BigDecimal.ONE))))).isInstanceOf(UnknownShipmentLine.class);
        assertThatThrownBy(() -> desk.pack(LOGISTICS, new PackShipment(id, List.of(new PackShipment.PackageDetails(1,
            new BigDecimal("41")))))).isInstanceOf(TransitionRejected.class);
        Shipment packed = desk.pack(LOGISTICS, new PackShipment(id, List.of(new PackShipment.PackageDetails(1,
            new BigDecimal("10")), new PackShipment.PackageDetails(1, new BigDecimal("30")))));
        assertThat(packed.preparation().labels()).extracting(label -> label.number()).containsExactly(1, 2);
        assertThat(packed.status()).isEqualTo(ShipmentStatus.PACKED);
    }

    @Test
    @DisplayName("DS-4.2.2 shelf life is judged again on the day the goods leave: exactly the agreed days pass, a day "
        + "less does not")
    void givenGoodsAgeing_whenDispatchedLater_thenShelfLifeJudgedThatDay() {
        PlanShipment.LineDetails ageing = new PlanShipment.LineDetails(1, soy(1, "OLD", "10").goods(), BigDecimal.TEN,
            new PlanShipment.LotDetails("OLD", LocalDate.parse("2026-01-16"), 3, "MONTHS"), soy(1, "OLD", "10").cargo());
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "OLD", 0));
        ShipmentId id = cleared(List.of(ageing));
        desk.pack(LOGISTICS, new PackShipment(id, List.of(new PackShipment.PackageDetails(1, BigDecimal.TEN))));
        desk.notifyCustomer(LOGISTICS, new NotifyCustomer(id, "顺丰", "SF1", TODAY.plusDays(30)));
        // Keeps until 2026-04-15: on 2026-03-17 that is 30 days, the agreed minimum; on 2026-03-18, 29.
        fixtures.clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() -> desk.dispatch(LOGISTICS, new DispatchShipment(id, TODAY.plusDays(2))))
            .isInstanceOfSatisfying(ShelfLifeTooShort.class, e -> assertThat(e.arguments()).containsEntry("remaining", 29L));
        assertThat(desk.dispatch(LOGISTICS, new DispatchShipment(id, TODAY.plusDays(1))).status())
            .isEqualTo(ShipmentStatus.DISPATCHED);
    }

    @Test
    @DisplayName("DS-4.2.3 dates keep their order: no arrival estimated before the goods leave, no arrival before "
        + "dispatch, no acceptance before arrival")
    void givenDatesOutOfOrder_whenSent_thenRefusedNamingTheField() {
        ShipmentId id = packed("L1", "40");
        assertThatThrownBy(() -> desk.notifyCustomer(LOGISTICS, new NotifyCustomer(id, "顺丰", "SF1",
            TODAY.minusDays(1)))).isInstanceOfSatisfying(ShipmentDateOutOfOrder.class,
                e -> assertThat(e.arguments()).containsEntry("field", "estimatedArrival"));
        assertThatThrownBy(() -> desk.updateArrival(LOGISTICS, new UpdateArrival(id, TODAY.plusDays(3), "rain")))
            .as("nothing announced yet").isInstanceOf(IllegalTransition.class);
        desk.notifyCustomer(LOGISTICS, new NotifyCustomer(id, "顺丰", "SF1", TODAY));
        assertThatThrownBy(() -> desk.updateArrival(LOGISTICS, new UpdateArrival(id, TODAY.minusDays(1), "typo")))
            .isInstanceOf(ShipmentDateOutOfOrder.class);
        assertThat(desk.updateArrival(LOGISTICS, new UpdateArrival(id, TODAY, "same day")).journey().notices())
            .hasSize(2);
        fixtures.clock.advance(Duration.ofDays(2));
        desk.dispatch(LOGISTICS, new DispatchShipment(id, TODAY.plusDays(1)));
        assertThatThrownBy(() -> desk.recordArrival(LOGISTICS, new RecordArrival(id, TODAY)))
            .isInstanceOfSatisfying(ShipmentDateOutOfOrder.class,
                e -> assertThat(e.arguments()).containsEntry("field", "arrivedOn"));
        desk.recordArrival(LOGISTICS, new RecordArrival(id, TODAY.plusDays(2)));
        assertThatThrownBy(() -> desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY.plusDays(1),
            "ACCEPT", List.of(), "赵经理", ""))).isInstanceOfSatisfying(ShipmentDateOutOfOrder.class,
                e -> assertThat(e.arguments()).containsEntry("field", "acceptedOn"));
        assertThat(desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY.plusDays(2), "ACCEPT",
            List.of(), "赵经理", "")).status()).isEqualTo(ShipmentStatus.ACCEPTED);
    }

    @Test
    @DisplayName("DS-4.2.4 each kind of discrepancy is found and numbered; what is accepted of each line follows")
    void givenEveryKindOfFinding_whenAccepted_thenDiscrepanciesNumberedAndAcceptedQuantities() {
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "L1", 0));
        ShipmentId id = cleared(List.of(soy(1, "L1", "10"), soy(2, "L1", "10"), soy(3, "L1", "10")));
        desk.pack(LOGISTICS, new PackShipment(id, List.of(new PackShipment.PackageDetails(1, BigDecimal.TEN),
            new PackShipment.PackageDetails(2, BigDecimal.TEN), new PackShipment.PackageDetails(3, BigDecimal.TEN))));
        desk.notifyCustomer(LOGISTICS, new NotifyCustomer(id, "顺丰", "SF1", null));
        desk.dispatch(LOGISTICS, new DispatchShipment(id, TODAY));
        fixtures.clock.advance(Duration.ofDays(6));
        desk.recordArrival(LOGISTICS, new RecordArrival(id, TODAY.plusDays(5)));

        Shipment accepted = desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY.plusDays(5), "ACCEPT",
            List.of(new RecordAcceptance.CheckDetails(1, new BigDecimal("12"), true, "CONFORMING", ""),
                new RecordAcceptance.CheckDetails(2, BigDecimal.TEN, false, "DEFECTIVE", "wrong bottle, leaking")),
            "赵经理", ""));

        assertThat(accepted.acceptance().discrepancies()).extracting(Discrepancy::number, Discrepancy::kind)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(1, DiscrepancyKind.OVERAGE),
                org.assertj.core.groups.Tuple.tuple(2, DiscrepancyKind.WRONG_SPECIFICATION),
                org.assertj.core.groups.Tuple.tuple(3, DiscrepancyKind.QUALITY_DEFECT),
                org.assertj.core.groups.Tuple.tuple(4, DiscrepancyKind.LATE));
        assertThat(accepted.acceptance().discrepancies().get(0).quantity()).isEqualByComparingTo("2");
        assertThat(accepted.acceptance().discrepancies().get(0).evidence()).isEqualTo("line 1: received 12 of 10");
        assertThat(accepted.consignment().lines()).extracting(line -> accepted.acceptance().accepted(line).toPlainString())
            .containsExactly("10", "0", "10");
        assertThat(fixtures.modules.pending()).filteredOn(event -> event.type().equals("delivery.ShipmentAccepted"))
            .singleElement().satisfies(event -> assertThat(event.payload()).contains("\"orderLine\":2",
                "\"accepted\":0", "\"outcome\":\"ACCEPTED_WITH_DISCREPANCY\""));
        assertThat(fixtures.modules.pending()).filteredOn(event -> event.type().equals("delivery.ShipmentDispatched"))
            .singleElement().satisfies(event -> assertThat(event.payload()).contains("\"lot\":\"L1\"", "\"orderLine\":3"));
        assertThat(desk.acceptedIn(LOGISTICS, YearMonth.from(TODAY))).extracting(Shipment::id).containsExactly(id);
        assertThat(desk.acceptedIn(LOGISTICS, YearMonth.from(TODAY).plusMonths(1))).isEmpty();
    }

    @Test
    @DisplayName("DS-4.2.4 discrepancies are settled one by one: the shipment is settled with the last, a settled one "
        + "is not settled again, and nothing is settled before the acceptance")
    void givenTwoDiscrepancies_whenSettledInTurn_thenResolvedWithTheLast() {
        ShipmentId id = arrived("40");
        assertThatThrownBy(() -> desk.resolve(SALES_MANAGER, new ResolveDiscrepancy(id, 1, "RETURN", null,
            BigDecimal.ONE, "take back", "赵经理", TODAY))).isInstanceOf(IllegalTransition.class);
        desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY, "ACCEPT", List.of(
            new RecordAcceptance.CheckDetails(1, new BigDecimal("38"), false, "CONFORMING", "other size")), "赵经理", ""));

        Shipment first = desk.resolve(SALES_MANAGER, new ResolveDiscrepancy(id, 1, "REPLACEMENT_SHIPMENT", null,
            new BigDecimal("2"), "send the two missing", "赵经理", TODAY));
        assertThat(first.status()).isEqualTo(ShipmentStatus.ACCEPTED_WITH_DISCREPANCY);
        assertThat(first.acceptance().allResolved()).isFalse();
        assertThatThrownBy(() -> desk.resolve(SALES_MANAGER, new ResolveDiscrepancy(id, 1, "RETURN", null,
            BigDecimal.ONE, "again", "赵经理", TODAY))).isInstanceOf(DiscrepancyNotOpen.class);
        Shipment settled = desk.resolve(SALES_MANAGER, new ResolveDiscrepancy(id, 2, "PRICE_DISCOUNT",
            new BigDecimal("50.00"), null, "kept at a discount", "赵经理", TODAY));

        assertThat(settled.status()).isEqualTo(ShipmentStatus.RESOLVED);
        assertThat(fixtures.modules.pending()).filteredOn(event -> event.type().equals("delivery.DiscrepancyResolved"))
            .extracting(event -> event.payload()).satisfiesExactly(
                one -> assertThat(one).contains("\"settled\":false", "\"product\":\"SOY-500\""),
                two -> assertThat(two).contains("\"settled\":true"));
    }

    @Test
    @DisplayName("DS-4.2.4 rejecting a delivery needs a discrepancy; each acceptance line is checked once, and a wrong "
        + "specification or defect shows its evidence")
    void givenRejectionOrChecksWithoutGround_whenSent_thenRefused() {
        ShipmentId id = arrived("40");
        assertThatThrownBy(() -> desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY, "REJECT",
            List.of(), "赵经理", ""))).isInstanceOf(TransitionRejected.class);
        assertThatThrownBy(() -> desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY, "ACCEPT",
            List.of(new RecordAcceptance.CheckDetails(1, BigDecimal.TEN, true, "CONFORMING", ""),
                new RecordAcceptance.CheckDetails(1, BigDecimal.TEN, true, "CONFORMING", "")), "赵经理", "")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("checks[1].line"));
        assertThatThrownBy(() -> desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY, "ACCEPT",
            List.of(new RecordAcceptance.CheckDetails(1, BigDecimal.TEN, true, "DEFECTIVE", "")), "赵经理", "")))
            .isInstanceOfSatisfying(InvalidCommand.class,
                e -> assertThat(e.fields()).containsExactly("checks[0].evidence"));
        assertThatThrownBy(() -> desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY, "ACCEPT",
            List.of(new RecordAcceptance.CheckDetails(1, BigDecimal.TEN, false, "CONFORMING", "")), "赵经理", "")))
            .isInstanceOfSatisfying(InvalidCommand.class,
                e -> assertThat(e.fields()).containsExactly("checks[0].evidence"));
        assertThat(desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY, "ACCEPT",
            List.of(new RecordAcceptance.CheckDetails(1, new BigDecimal("40"), true, "CONFORMING", "")), "赵经理", ""))
            .status()).isEqualTo(ShipmentStatus.ACCEPTED);
    }

    @Test
    @DisplayName("DS-4.2 a cancelled shipment is returned cancelled; the desk's reads are the customer's and ask their "
        + "permission first")
    void givenReadsAndCancel_whenAsked_thenAnswersAndPermissions() {
        ShipmentId id = packed("L1", "40");
        assertThat(desk.cancel(LOGISTICS, new CancelShipment(id, "the customer moved the date")).status())
            .isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(desk.ofCustomer(LOGISTICS, customer)).extracting(Shipment::id).containsExactly(id);
        assertThatThrownBy(() -> desk.ofOrder(FINANCE, "SO-2026-0001")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.transportPlan(FINANCE, TODAY)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.acceptedIn(FINANCE, YearMonth.from(TODAY))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.transportPlan(LOGISTICS, null)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> desk.ofOrder(LOGISTICS, " ")).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> desk.acceptedIn(LOGISTICS, null)).isInstanceOf(InvalidCommand.class);
        assertThat(desk.transportPlan(LOGISTICS, TODAY).allocations()).as("a cancelled shipment asks for no transport")
            .isEmpty();
    }

    @Test
    @DisplayName("DS-4.2.1 DS-5.2.3 by default no customer is flagged for priority: a GENERAL customer's normal "
        + "shipment ranks with no priority reason")
    void givenDefaultPorts_whenPlanned_thenNoPriorityFlag() {
        desk.plan(LOGISTICS, plan(customer, List.of(soy(1, "L1", "40"))));

        assertThat(desk.transportPlan(LOGISTICS, TODAY).allocations()).singleElement().satisfies(allocation -> {
            assertThat(allocation.demand().priorityFlag()).isFalse();
            assertThat(allocation.priorityReasons()).containsExactly("promised 2026-03-20");
        });
    }

    @Test
    @DisplayName("a shipment and its parts are never made with a part missing")
    void givenPartMissing_whenMade_thenRefused() {
        Shipment shipment = desk.shipment(LOGISTICS, arrived("40"));
        Shipment accepted = desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(shipment.id(), TODAY, "ACCEPT",
            List.of(), "赵经理", ""));
        Consignment consignment = shipment.consignment();
        JointAcceptance acceptance = accepted.acceptance();

        assertThatThrownBy(() -> new Shipment(null, consignment, shipment.status(), shipment.transport(),
            shipment.stages(), shipment.history())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new Shipment(shipment.id(), consignment, shipment.status(), shipment.transport(),
            null, shipment.history())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new Consignment(null, consignment.customer(), consignment.lines(),
            consignment.destination(), consignment.schedule(), consignment.priority(), 30))
            .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new Consignment(consignment.order(), consignment.customer(), consignment.lines(),
            consignment.destination(), null, consignment.priority(), 30)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new JointAcceptance(null, acceptance.decision(), acceptance.checks(),
            acceptance.discrepancies(), acceptance.customerRepresentative(), acceptance.note(), acceptance.recordedAt()))
            .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new JointAcceptance(acceptance.on(), acceptance.decision(), acceptance.checks(),
            acceptance.discrepancies(), null, acceptance.note(), acceptance.recordedAt()))
            .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> new dev.directsupply.delivery.label.PackageLabel("SH-1", 1, 1, null, BigDecimal.ONE,
            consignment.lines().get(0).lot())).isInstanceOf(RuntimeException.class);
    }
}
