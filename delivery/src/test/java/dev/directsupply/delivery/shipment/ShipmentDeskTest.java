package dev.directsupply.delivery.shipment;

import static dev.directsupply.delivery.DeliveryFixtures.TODAY;
import static dev.directsupply.delivery.DeliveryFixtures.finalInspection;
import static dev.directsupply.delivery.DeliveryFixtures.plan;
import static dev.directsupply.delivery.DeliveryFixtures.soy;
import static dev.directsupply.testing.Staff.CUSTOMER_SERVICE;
import static dev.directsupply.testing.Staff.LOGISTICS;
import static dev.directsupply.testing.Staff.QUALITY;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.delivery.DeliveryFixtures;
import dev.directsupply.delivery.transport.TransportMode;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.statemachine.TransitionRejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Shipments from plan to settled acceptance (DS-4.2.1 – DS-4.2.4, DS-4.1.3, DS-6.2.3). */
class ShipmentDeskTest {
    private final DeliveryFixtures fixtures = new DeliveryFixtures();
    private final ShipmentDesk desk = fixtures.shipments;
    private final CustomerId customer = fixtures.customer();

    private Shipment planned(List<PlanShipment.LineDetails> lines) {
        return desk.plan(LOGISTICS, plan(customer, lines));
    }

    private Shipment packed() {
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "L1", 0));
        ShipmentId id = planned(List.of(soy(1, "L1", "40"))).id();
        desk.inspect(LOGISTICS, new InspectShipment(id));
        return desk.pack(LOGISTICS, new PackShipment(id, List.of(new PackShipment.PackageDetails(1, new BigDecimal("25")),
            new PackShipment.PackageDetails(1, new BigDecimal("15")))));
    }

    private Shipment notified() {
        return desk.notifyCustomer(LOGISTICS, new NotifyCustomer(packed().id(), "顺丰", "SF1234567890", null));
    }

    private Shipment arrived() {
        ShipmentId id = notified().id();
        desk.dispatch(LOGISTICS, new DispatchShipment(id, TODAY));
        fixtures.clock.advance(java.time.Duration.ofDays(2));
        return desk.recordArrival(CUSTOMER_SERVICE, new RecordArrival(id, TODAY.plusDays(2)));
    }

    @Test
    @DisplayName("DS-4.2.1 a planned shipment carries its transport choice and its reasons")
    void givenReadyGoods_whenPlanned_thenTransportChosenWithReasons() {
        Shipment shipment = planned(List.of(soy(1, "L1", "40")));

        assertThat(shipment.status()).isEqualTo(ShipmentStatus.PLANNED);
        assertThat(shipment.transport().mode()).isEqualTo(TransportMode.ROAD);
        assertThat(shipment.transport().rule()).isEqualTo("fallback");
        assertThat(shipment.consignment().load().weightKg()).isEqualByComparingTo("300");
    }

    @Test
    @DisplayName("DS-4.2.2 DS-4.2.3 DS-4.2.4 a shipment is inspected, labelled, announced, dispatched, found short and "
        + "settled by a credit note")
    void givenShipment_whenTakenThroughEveryStep_thenSettledByCreditNote() {
        Shipment shipment = arrived();
        assertThat(shipment.preparation().labels()).extracting(label -> label.quantity().toPlainString())
            .containsExactly("25", "15");
        assertThat(shipment.preparation().labels().get(0).expiresOn()).isEqualTo(LocalDate.parse("2027-02-28"));

        Shipment accepted = desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(shipment.id(), TODAY.plusDays(2),
            "ACCEPT", List.of(new RecordAcceptance.CheckDetails(1, new BigDecimal("38"), true, "CONFORMING",
            "two cases missing on the pallet")), "赵经理", "received at the Suzhou warehouse"));

        assertThat(accepted.status()).isEqualTo(ShipmentStatus.ACCEPTED_WITH_DISCREPANCY);
        Discrepancy shortage = accepted.acceptance().discrepancies().get(0);
        assertThat(shortage.kind()).isEqualTo(DiscrepancyKind.SHORTAGE);
        assertThat(shortage.quantity()).isEqualByComparingTo("2");
        assertThat(shortage.evidence()).isEqualTo("two cases missing on the pallet");
        assertThat(accepted.acceptance().accepted(accepted.consignment().lines().get(0))).isEqualByComparingTo("38");

        Shipment settled = desk.resolve(SALES_MANAGER, new ResolveDiscrepancy(shipment.id(), 1, "CREDIT_NOTE",
            new BigDecimal("96.00"), null, "credit 2 cases at the agreed price", "赵经理", TODAY.plusDays(2)));

        assertThat(settled.status()).isEqualTo(ShipmentStatus.RESOLVED);
        Resolution resolution = settled.acceptance().discrepancies().get(0).resolution();
        assertThat(resolution.amount().amount()).isEqualByComparingTo("96.00");
        assertThat(resolution.consent().ours()).isEqualTo(SALES_MANAGER.id());
        assertThat(resolution.consent().customerRepresentative()).isEqualTo("赵经理");
        assertThat(fixtures.modules.pending()).extracting(event -> event.type())
            .contains("delivery.ShipmentDispatched", "delivery.ShipmentAccepted", "delivery.DiscrepancyResolved");
    }

    @Test
    @DisplayName("DS-4.1.3 DS-6.2.3 a lot whose final inspection failed is not cleared, and the shipment stays planned")
    void givenFailedFinalInspection_whenInspected_thenLotNotCleared() {
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "L1", 2));
        ShipmentId id = planned(List.of(soy(1, "L1", "40"))).id();

        assertThatThrownBy(() -> desk.inspect(LOGISTICS, new InspectShipment(id)))
            .isInstanceOfSatisfying(LotNotCleared.class, e -> assertThat(e.rule()).contains("DS-6.2.3"));
        assertThat(desk.shipment(LOGISTICS, id).status()).isEqualTo(ShipmentStatus.PLANNED);
    }

    @Test
    @DisplayName("DS-6.2.3 a lot re-inspected and failed after it was cleared does not leave")
    void givenLotFailedAfterClearance_whenDispatched_thenRefused() {
        ShipmentId id = notified().id();
        fixtures.clock.advance(java.time.Duration.ofHours(1));
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "L1", 3));

        assertThatThrownBy(() -> desk.dispatch(LOGISTICS, new DispatchShipment(id, TODAY)))
            .isInstanceOf(LotNotCleared.class);
        assertThat(desk.shipment(LOGISTICS, id).status()).isEqualTo(ShipmentStatus.NOTIFIED);
    }

    @Test
    @DisplayName("DS-4.2.3 no dispatch before the customer is sent the notice")
    void givenPackedShipment_whenDispatchedWithoutNotice_thenIllegalTransition() {
        ShipmentId id = packed().id();

        assertThatThrownBy(() -> desk.dispatch(LOGISTICS, new DispatchShipment(id, TODAY)))
            .isInstanceOf(IllegalTransition.class);
        assertThat(desk.shipment(LOGISTICS, id).journey().dispatchedOn()).isNull();
    }

    @Test
    @DisplayName("DS-4.2.3 the notice reaches the customer through the host's port with the shipping day, arrival and "
        + "tracking; a changed arrival sends an update")
    void givenNotice_whenRelayedAndArrivalChanged_thenTwoRevisionsSent() {
        ShipmentId id = notified().id();
        desk.updateArrival(LOGISTICS, new UpdateArrival(id, TODAY.plusDays(4), "road works on the G2"));
        fixtures.modules.relay();
        fixtures.modules.relay();

        List<CustomerNotified> sent = fixtures.notices.of(id);
        assertThat(sent).extracting(notice -> notice.notice().revision()).containsExactly(1, 2);
        assertThat(sent.get(0).notice().shipsOn()).isEqualTo(TODAY);
        assertThat(sent.get(0).notice().estimatedArrival()).isEqualTo(TODAY.plusDays(2));
        assertThat(sent.get(0).notice().tracking()).isEqualTo("SF1234567890");
        assertThat(sent.get(1).notice().estimatedArrival()).isEqualTo(TODAY.plusDays(4));
        assertThat(sent.get(1).notice().reason()).isEqualTo("road works on the G2");
    }

    @Test
    @DisplayName("DS-4.2.2 the labels of each line add up to it, or the shipment is not packed")
    void givenLabelsShortOfTheLine_whenPacked_thenRefusedNamingTheRule() {
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "L1", 0));
        ShipmentId id = planned(List.of(soy(1, "L1", "40"))).id();
        desk.inspect(LOGISTICS, new InspectShipment(id));

        assertThatThrownBy(() -> desk.pack(LOGISTICS, new PackShipment(id,
            List.of(new PackShipment.PackageDetails(1, new BigDecimal("25"))))))
            .isInstanceOfSatisfying(TransitionRejected.class, e -> assertThat(e.rule()).contains("DS-4.2.2"));
        assertThat(desk.shipment(LOGISTICS, id).preparation().labels()).isEmpty();
    }

    @Test
    @DisplayName("DS-4.2.2 goods keeping fewer days than agreed with the customer are not packed")
    void givenLotNearItsExpiry_whenPacked_thenShelfLifeTooShort() {
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "OLD", 0));
        PlanShipment.LineDetails old = new PlanShipment.LineDetails(1, soy(1, "OLD", "40").goods(),
            new BigDecimal("40"), new PlanShipment.LotDetails("OLD", LocalDate.parse("2025-03-20"), 12, "MONTHS"),
            soy(1, "OLD", "40").cargo());
        ShipmentId id = planned(List.of(old)).id();
        desk.inspect(LOGISTICS, new InspectShipment(id));

        assertThatThrownBy(() -> desk.pack(LOGISTICS, new PackShipment(id,
            List.of(new PackShipment.PackageDetails(1, new BigDecimal("40"))))))
            .isInstanceOfSatisfying(ShelfLifeTooShort.class, e -> {
                assertThat(e.arguments()).containsEntry("remaining", 4L).containsEntry("minimum", 30);
                assertThat(e.rule()).contains("DS-4.2.2");
            });
    }

    @Test
    @DisplayName("DS-4.1.4 DS-4.2.4 a late order ships once inspected and notified; the acceptance records it late")
    void givenPromisedDayPassed_whenShippedAndAccepted_thenLateDiscrepancy() {
        fixtures.inspections.record(QUALITY, finalInspection("SOY-500", "L1", 0));
        PlanShipment late = plan(customer, List.of(soy(1, "L1", "40")));
        ShipmentId id = desk.plan(LOGISTICS, new PlanShipment(late.order(), customer, late.lines(), late.destination(),
            new PlanShipment.ScheduleDetails(TODAY, TODAY.minusDays(1), "URGENT"), 30)).id();
        desk.inspect(LOGISTICS, new InspectShipment(id));
        desk.pack(LOGISTICS, new PackShipment(id, List.of(new PackShipment.PackageDetails(1, new BigDecimal("40")))));
        desk.notifyCustomer(LOGISTICS, new NotifyCustomer(id, "顺丰", "SF1", TODAY.plusDays(1)));

        assertThat(desk.dispatch(LOGISTICS, new DispatchShipment(id, TODAY)).status())
            .isEqualTo(ShipmentStatus.DISPATCHED);
        fixtures.clock.advance(java.time.Duration.ofDays(1));
        desk.recordArrival(LOGISTICS, new RecordArrival(id, TODAY.plusDays(1)));
        Shipment accepted = desk.recordAcceptance(SALES, new RecordAcceptance(id, TODAY.plusDays(1), "ACCEPT",
            List.of(), "赵经理", ""));
        assertThat(accepted.acceptance().discrepancies()).extracting(Discrepancy::kind)
            .containsExactly(DiscrepancyKind.LATE);
        assertThat(accepted.status()).isEqualTo(ShipmentStatus.ACCEPTED_WITH_DISCREPANCY);
    }

    @Test
    @DisplayName("DS-4.2.4 a delivery without discrepancy is accepted; one with damage may be rejected, and settled by "
        + "a return of no more than the damaged units")
    void givenDamagedGoods_whenRejected_thenReturnSettlesIt() {
        ShipmentId id = arrived().id();

        Shipment rejected = desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY.plusDays(2), "REJECT",
            List.of(new RecordAcceptance.CheckDetails(1, new BigDecimal("40"), true, "DAMAGED", "cartons crushed, photos "
                + "P1-P4")), "赵经理", "refused at the gate"));
        assertThat(rejected.status()).isEqualTo(ShipmentStatus.REJECTED);
        assertThat(rejected.acceptance().accepted(rejected.consignment().lines().get(0))).isEqualByComparingTo("0");

        assertThatThrownBy(() -> desk.resolve(SALES_MANAGER, new ResolveDiscrepancy(id, 1, "RETURN", null,
            new BigDecimal("41"), "take back", "赵经理", TODAY.plusDays(2)))).isInstanceOf(ResolutionDoesNotFit.class);
        Shipment settled = desk.resolve(SALES_MANAGER, new ResolveDiscrepancy(id, 1, "RETURN", null,
            new BigDecimal("40"), "take back all 40 and replace", "赵经理", TODAY.plusDays(2)));
        assertThat(settled.status()).isEqualTo(ShipmentStatus.RESOLVED);
    }

    @Test
    @DisplayName("DS-4.2.4 damage needs its evidence; a settlement carries an amount or a quantity as its kind asks")
    void givenEvidenceMissingOrWrongSettlement_whenSent_thenEachFieldNamed() {
        ShipmentId id = arrived().id();
        assertThatThrownBy(() -> desk.recordAcceptance(CUSTOMER_SERVICE, new RecordAcceptance(id, TODAY.plusDays(2),
            "REJECT", List.of(new RecordAcceptance.CheckDetails(1, new BigDecimal("40"), false, "DAMAGED", " ")),
            "赵经理", ""))).isInstanceOfSatisfying(InvalidCommand.class,
                e -> assertThat(e.fields()).containsExactly("checks[0].evidence"));
        assertThatThrownBy(() -> desk.resolve(SALES_MANAGER, new ResolveDiscrepancy(id, 1, "CREDIT_NOTE", null,
            BigDecimal.ONE, "credit", "赵经理", TODAY))).isInstanceOfSatisfying(InvalidCommand.class,
                e -> assertThat(e.fields()).containsExactlyInAnyOrder("amount", "quantity"));
        assertThat(desk.shipment(LOGISTICS, id).status()).isEqualTo(ShipmentStatus.ARRIVED);
    }

    @Test
    @DisplayName("DS-4.2 a bad plan names every bad field, nested ones by path, in English and Chinese, and stores nothing")
    void givenBadPlan_whenSent_thenOneInvalidCommandAndNothingStored() {
        int before = fixtures.modules.pending().size();
        PlanShipment.LineDetails bad = new PlanShipment.LineDetails(0, new PlanShipment.GoodsDetails(" ", "酱油", "x",
            "case"), new BigDecimal("-1"), new PlanShipment.LotDetails("L1", TODAY.plusDays(1), 0, "YEARS"),
            new PlanShipment.CargoDetails(new BigDecimal("-1"), BigDecimal.ZERO, List.of("RADIOACTIVE")));

        assertThatThrownBy(() -> desk.plan(LOGISTICS, new PlanShipment("SO 1", customer, List.of(bad),
            new PlanShipment.DestinationDetails("SZ", "苏州", -5, false, null, 2),
            new PlanShipment.ScheduleDetails(TODAY, TODAY, "SOON"), -1)))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).contains("order", "lines[0].orderLine", "lines[0].goods.product",
                    "lines[0].quantity", "lines[0].lot.producedOn", "lines[0].lot.shelfLife", "lines[0].lot.shelfLifeUnit",
                    "lines[0].cargo.unitWeightKg", "lines[0].cargo.handling[0]", "destination.distanceKm",
                    "destination.pickedUp", "schedule.urgency", "minimumRemainingShelfLifeDays");
                assertThat(e.violations()).allSatisfy(v -> assertThat(v.chinese()).isNotBlank());
                assertThat(e.getMessage()).isNotBlank();
            });
        assertThat(fixtures.modules.pending()).hasSize(before);
        assertThat(desk.ofCustomer(LOGISTICS, customer)).isEmpty();
    }

    @Test
    @DisplayName("DS-7.2.2 sales neither dispatches nor reads another's customer's shipments; logistics plans them")
    void givenPeopleOutsideTheirRights_whenTheyReach_thenAccessDenied() {
        ShipmentId id = notified().id();
        Actor colleague = Actor.of("zhang.min", Department.SALES, Role.SALES);
        fixtures.modules.agree(colleague);

        assertThatThrownBy(() -> desk.dispatch(SALES, new DispatchShipment(id, TODAY))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.shipment(colleague, id)).isInstanceOf(AccessDenied.class);
        assertThat(desk.ofCustomer(colleague, customer)).isEmpty();
        assertThat(desk.shipment(SALES, id).id()).isEqualTo(id);
    }

    @Test
    @DisplayName("DS-4.2.1 the day's transport plan lists the shipments not yet gone, ranked and served")
    void givenShipmentsForToday_whenPlanAsked_thenEachRankedAndServed() {
        Shipment first = planned(List.of(soy(1, "L1", "40")));
        Shipment second = planned(List.of(soy(2, "L2", "10")));

        assertThat(desk.transportPlan(LOGISTICS, TODAY).allocations()).hasSize(2)
            .allSatisfy(allocation -> assertThat(allocation.served()).isTrue())
            .extracting(allocation -> allocation.demand().shipment())
            .containsExactlyInAnyOrder(first.id().value(), second.id().value());
        assertThat(desk.transportPlan(LOGISTICS, TODAY.plusDays(1)).allocations()).isEmpty();
    }
}
