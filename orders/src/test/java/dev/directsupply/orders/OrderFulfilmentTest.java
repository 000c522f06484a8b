package dev.directsupply.orders;

import static dev.directsupply.orders.OrderFixtures.PRODUCTION;
import static dev.directsupply.orders.OrderFixtures.SALES;
import static dev.directsupply.orders.OrderFixtures.SOY_SAUCE;
import static dev.directsupply.orders.OrderFixtures.VINEGAR;
import static dev.directsupply.orders.OrderFixtures.anOrder;
import static dev.directsupply.orders.OrderFixtures.line;
import static dev.directsupply.orders.OrderFixtures.quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.directsupply.orders.order.AcceptOrder;
import dev.directsupply.orders.order.AcceptedLine;
import dev.directsupply.orders.order.AgreeDelaySolution;
import dev.directsupply.orders.order.AmendOrder;
import dev.directsupply.orders.order.CancelOrder;
import dev.directsupply.orders.order.CloseOrder;
import dev.directsupply.orders.order.ConfirmDelivery;
import dev.directsupply.orders.order.DelayWarningRaised;
import dev.directsupply.orders.order.FeedbackDue;
import dev.directsupply.orders.order.GiveFeedback;
import dev.directsupply.orders.order.LineChange;
import dev.directsupply.orders.order.OrderAccepted;
import dev.directsupply.orders.order.OrderCancelled;
import dev.directsupply.orders.order.OrderMoved;
import dev.directsupply.orders.order.OrderReleased;
import dev.directsupply.orders.order.ProgressRecorded;
import dev.directsupply.orders.order.RecordPrepayment;
import dev.directsupply.orders.order.RecordProgress;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ShipOrder;
import dev.directsupply.orders.order.ShippedLine;
import dev.directsupply.orders.order.StatusChange;
import dev.directsupply.orders.order.SubmitOrder;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.orders.order.CommunicationKind;
import dev.directsupply.orders.order.DelaySeverity;
import dev.directsupply.orders.order.MoreThanShipped;
import dev.directsupply.orders.order.NewDateStillLate;
import dev.directsupply.orders.order.NoOpenDelay;
import dev.directsupply.orders.order.TellCustomerOfDelay;
import dev.directsupply.orders.order.NotReadyToShip;
import dev.directsupply.orders.order.NothingToProduce;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderNotInFulfilment;
import dev.directsupply.orders.order.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DS-4.1.3 release and production, DS-4.1.4 tracking, delay warnings and feedback, DS-6.2.2 agreed changes. */
class OrderFulfilmentTest {
    private final OrderFixtures fixtures = new OrderFixtures();

    private Order progress(OrderId order, int line, String milestone, String on, String projected) {
        return fixtures.orders.recordProgress(PRODUCTION, new RecordProgress(order, line, milestone,
            LocalDate.parse(on), projected == null ? null : LocalDate.parse(projected)));
    }

    private Order ship(OrderId order, String reference, ShippedLine... lines) {
        return fixtures.orders.ship(fixtures.delivery, new ShipOrder(order, reference, LocalDate.parse("2026-03-15"),
            List.of(lines)));
    }

    private static ShippedLine shipped(int line, String quantity) {
        return new ShippedLine(line, quantity(quantity));
    }

    @Test
    @DisplayName("a shipment with a missing or repeated line is an InvalidCommand naming each, and changes nothing")
    void givenNullAndRepeatedLines_whenShipped_thenEachNamed() {
        Order released = fixtures.released("k-bad");
        List<ShippedLine> lines = new ArrayList<>();
        lines.add(null);
        lines.add(shipped(1, "1"));
        lines.add(shipped(1, "1"));

        assertThatThrownBy(() -> fixtures.orders.ship(fixtures.delivery, new ShipOrder(released.id(), "WB-1",
            LocalDate.parse("2026-03-15"), lines)))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields())
                .contains("lines[0]", "lines[2].line"));
        assertThat(fixtures.orders.get(SALES, released.id())).isEqualTo(released);
    }

    @Test
    @DisplayName("a move the lifecycle forbids is refused in both languages, naming the action in each")
    void givenSubmittedOrder_whenReleased_thenIllegalTransitionInBothLanguages() {
        Order submitted = fixtures.submitted("k-early");

        assertThatThrownBy(() -> fixtures.orders.release(PRODUCTION, new ReleaseOrder(submitted.id())))
            .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                assertThat(e.getMessage()).contains("Release to production");
                assertThat(e.chineseMessage()).contains("下达生产").doesNotContain("RELEASE");
            });
    }

    @Test
    @DisplayName("DS-4.1.3 a release refused after planning gives the plan back: no stock stays booked")
    void givenFaultyPlan_whenReleased_thenRefusedAndStockFreed() {
        Order approved = fixtures.approved("k-faulty");
        BigDecimal vinegar = fixtures.supply.stockOf(VINEGAR, "");
        fixtures.planAnswer = plan -> plan.subList(0, 1);

        assertThatThrownBy(() -> fixtures.orders.release(PRODUCTION, new ReleaseOrder(approved.id())))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("no plan for line 2");

        assertThat(fixtures.supply.stockOf(VINEGAR, "")).isEqualByComparingTo(vinegar);
        assertThat(fixtures.orders.get(SALES, approved.id())).isEqualTo(approved);
    }

    @Test
    @DisplayName("DS-4.1.3 release plans what production makes and takes the rest from stock")
    void givenApprovedOrder_whenReleased_thenPlannedPerLine() {
        Order released = fixtures.released("k-1");

        assertThat(released.status()).isEqualTo(OrderStatus.RELEASED);
        assertThat(released.tracking(1).fromStock()).isEqualByComparingTo("100");
        assertThat(released.tracking(1).split().toProduce()).isEqualByComparingTo("200");
        assertThat(released.tracking(1).plannedStart()).isEqualTo(LocalDate.parse("2026-03-15"));
        assertThat(released.tracking(1).plan().finish()).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(released.tracking(2).isReady()).isTrue();
        assertThat(released.projectedDelivery(LocalDate.parse("2026-03-15"))).isEqualTo(LocalDate.parse("2026-03-23"));
        assertThat(released.fulfilment().slackAtRelease()).isEqualTo(18);
        assertThat(fixtures.supply.stockOf(SOY_SAUCE, "500ml")).isEqualByComparingTo("0");
        assertThat(fixtures.supply.stockOf(VINEGAR, "")).isEqualByComparingTo("300");
        assertThat(fixtures.eventTypes(released.id())).endsWith("OrderMoved", "OrderReleased");
    }

    @Test
    @DisplayName("DS-4.1.3 an order wholly from stock is ready to ship as soon as it is released")
    void givenOrderFromStock_whenReleased_thenReadyToShip() {
        Order approved = fixtures.reviewed(anOrder("k-1", List.of(line(VINEGAR, "", "50", "80.00")), "2026-03-20",
            "SZ-DC"));

        Order released = fixtures.orders.release(PRODUCTION, new ReleaseOrder(approved.id()));

        assertThat(released.status()).isEqualTo(OrderStatus.READY_TO_SHIP);
        assertThat(fixtures.moves(released.id())).extracting(StatusChange::to).endsWith(OrderStatus.RELEASED,
            OrderStatus.READY_TO_SHIP);
    }

    @Test
    @DisplayName("DS-4.1.4 milestones move the order: in production at the first, ready to ship once all is packed")
    void givenReleasedOrder_whenMilestonesArrive_thenStateFollows() {
        OrderId id = fixtures.released("k-1").id();

        assertThat(progress(id, 1, "PRODUCTION_STARTED", "2026-03-15", null).status())
            .isEqualTo(OrderStatus.IN_PRODUCTION);
        assertThat(progress(id, 1, "PRODUCTION_FINISHED", "2026-03-15", null).status())
            .isEqualTo(OrderStatus.IN_PRODUCTION);
        Order packed = progress(id, 1, "PACKED", "2026-03-15", null);

        assertThat(packed.status()).isEqualTo(OrderStatus.READY_TO_SHIP);
        assertThat(packed.tracking(1).packedOn()).isEqualTo(LocalDate.parse("2026-03-15"));
        assertThat(fixtures.eventTypes(id)).filteredOn("ProgressRecorded"::equals).hasSize(3);
    }

    @Test
    @DisplayName("DS-4.1.4 progress is refused for a line from stock and for an order not released")
    void givenWrongLineOrState_whenProgressRecorded_thenRefused() {
        OrderId released = fixtures.released("k-1").id();
        assertThatThrownBy(() -> progress(released, 2, "PACKED", "2026-03-15", null))
            .isInstanceOf(NothingToProduce.class);
        OrderId approved = fixtures.approved("k-2").id();
        assertThatThrownBy(() -> progress(approved, 1, "PACKED", "2026-03-15", null))
            .isInstanceOfSatisfying(OrderNotInFulfilment.class,
                refused -> assertThat(refused.rule()).contains("DS-4.1.4"));
    }

    @Test
    @DisplayName("DS-4.1.3 the stock part ships at once; the rest only once produced; then delivered, accepted, closed")
    void givenPartFromStock_whenShipped_thenPartialThenWhole() {
        OrderId id = fixtures.released("k-1").id();

        Order partial = ship(id, "SH-1", shipped(1, "100"), shipped(2, "200"));
        assertThat(partial.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThatThrownBy(() -> ship(id, "SH-2", shipped(1, "150")))
            .isInstanceOfSatisfying(NotReadyToShip.class, refused -> assertThat(refused.ready()).isZero());

        progress(id, 1, "PACKED", "2026-03-15", null);
        Order shipped = ship(id, "SH-2", shipped(1, "200"));
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(ship(id, "SH-2", shipped(1, "200"))).as("the same shipment again").isEqualTo(shipped);

        fixtures.orders.confirmDelivery(fixtures.delivery, new ConfirmDelivery(id, LocalDate.parse("2026-03-15")));
        assertThatThrownBy(() -> fixtures.orders.accept(fixtures.delivery, new AcceptOrder(id, LocalDate.parse("2026-03-15"),
            List.of(new AcceptedLine(1, quantity("301"))), null))).isInstanceOfSatisfying(MoreThanShipped.class,
                refused -> assertThat(refused.arguments()).containsEntry("order", id).containsEntry("line", 1)
                    .containsKeys("shipped", "asked"));
        Order accepted = fixtures.orders.accept(fixtures.delivery, new AcceptOrder(id, LocalDate.parse("2026-03-15"), null, null));
        Order closed = fixtures.orders.close(SALES, new CloseOrder(id));

        assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(fixtures.events(id)).filteredOn(event -> event.type().equals("orders.OrderAccepted"))
            .singleElement().satisfies(event -> assertThat(event.payload()).contains("\"acceptedValue\":{\"amount\":52000.00"));
    }

    @Test
    @DisplayName("DS-4.1.4 a projected finish that misses the promised date raises a LATE warning; the goods that are "
        + "ready still ship")
    void givenProjectionPastPromise_whenRecorded_thenLateWarningAndReadyGoodsShip() {
        OrderId id = fixtures.released("k-1").id();

        Order late = progress(id, 1, "PRODUCTION_STARTED", "2026-03-15", "2026-04-09");

        assertThat(late.fulfilment().openDelay()).hasValueSatisfying(delay -> {
            assertThat(delay.severity()).isEqualTo(DelaySeverity.LATE);
            assertThat(delay.projectedDelivery()).isEqualTo(LocalDate.parse("2026-04-12"));
            assertThat(delay.forecast().promised()).isEqualTo(LocalDate.parse("2026-04-10"));
        });
        assertThat(fixtures.eventTypes(id)).contains("DelayWarningRaised");
        assertThat(ship(id, "SH-1", shipped(2, "200")).status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(late.progressReport(Messages.ENGLISH, LocalDate.parse("2026-03-15")))
            .contains("Delay late: now expected 2026-04-12");
    }

    @Test
    @DisplayName("DS-4.1.4 a solution agreed with the customer — a new date — lets the order go on, and is in the feed")
    void givenLateOrder_whenNewDateAgreed_thenShippingResumes() {
        OrderId id = fixtures.released("k-1").id();
        progress(id, 1, "PRODUCTION_STARTED", "2026-03-15", "2026-04-09");
        assertThatThrownBy(() -> fixtures.orders.agreeDelaySolution(SALES, new AgreeDelaySolution(id, "NEW_DATE",
            LocalDate.parse("2026-04-11"), "Ms Chen", null, "PHONE"))).isInstanceOf(NewDateStillLate.class);

        Order agreed = fixtures.orders.agreeDelaySolution(SALES, new AgreeDelaySolution(id, "NEW_DATE",
            LocalDate.parse("2026-04-12"), "Ms Chen", "agreed by phone", "PHONE"));

        assertThat(agreed.fulfilment().openDelay()).isEmpty();
        assertThat(agreed.fulfilment().promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-04-12"));
        assertThat(ship(id, "SH-1", shipped(2, "200")).status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(fixtures.orders.feed(SALES, id)).last().satisfies(told -> {
            assertThat(told.kind()).isEqualTo(CommunicationKind.DELAY_SOLUTION);
            assertThat(told.contact()).isEqualTo("Ms Chen");
            assertThat(told.summary()).contains("2026-04-12");
        });
    }

    @Test
    @DisplayName("DS-4.1.4 a delay the customer is not told of within the notice hours is escalated once and counted")
    void givenUntoldDelay_whenNoticeHoursPass_thenEscalatedOnceAndListed() {
        OrderId id = fixtures.released("k-1").id();
        progress(id, 1, "PRODUCTION_STARTED", "2026-03-15", "2026-04-09");
        assertThat(fixtures.orders.detectDelays(fixtures.modules.system())).isEmpty();
        assertThat(fixtures.orders.untoldDelays(SALES)).isEmpty();

        fixtures.clock.advance(java.time.Duration.ofHours(24));
        fixtures.orders.detectDelays(fixtures.modules.system());
        fixtures.orders.detectDelays(fixtures.modules.system());

        assertThat(fixtures.orders.untoldDelays(SALES)).extracting(Order::id).containsExactly(id);
        assertThat(fixtures.eventTypes(id)).filteredOn("DelayNoticeOverdue"::equals).hasSize(1);
        fixtures.orders.tellDelay(SALES, new TellCustomerOfDelay(id, "PHONE", "Ms Chen", "line 1 two days late"));
        assertThat(fixtures.orders.untoldDelays(SALES)).isEmpty();
        assertThat(fixtures.orders.feed(SALES, id)).last()
            .satisfies(told -> assertThat(told.kind()).isEqualTo(CommunicationKind.DELAY_NOTICE));
    }

    @Test
    @DisplayName("DS-4.1.4 a delay told within the notice hours is not escalated; telling needs an open delay")
    void givenDelayToldInTime_whenNoticeHoursPass_thenNotEscalated() {
        OrderId id = fixtures.released("k-1").id();
        assertThatThrownBy(() -> fixtures.orders.tellDelay(SALES, new TellCustomerOfDelay(id, "PHONE", "Ms Chen",
            "nothing yet"))).isInstanceOf(NoOpenDelay.class);
        progress(id, 1, "PRODUCTION_STARTED", "2026-03-15", "2026-04-09");

        fixtures.clock.advance(java.time.Duration.ofHours(2));
        fixtures.orders.tellDelay(SALES, new TellCustomerOfDelay(id, "EMAIL", "Ms Chen", "line 1 two days late"));
        fixtures.clock.advance(java.time.Duration.ofHours(30));
        fixtures.orders.detectDelays(fixtures.modules.system());

        assertThat(fixtures.orders.untoldDelays(SALES)).isEmpty();
        assertThat(fixtures.eventTypes(id)).contains("DelayToldToCustomer").doesNotContain("DelayNoticeOverdue");
    }

    @Test
    @DisplayName("DS-4.1.4 using half the slack raises an AT_RISK warning before the date is missed")
    void givenSlackUsedUp_whenProjected_thenAtRisk() {
        OrderId id = fixtures.released("k-1").id();

        Order atRisk = progress(id, 1, "PRODUCTION_STARTED", "2026-03-15", "2026-03-30");

        assertThat(atRisk.fulfilment().openDelay()).hasValueSatisfying(delay -> {
            assertThat(delay.severity()).isEqualTo(DelaySeverity.AT_RISK);
            assertThat(delay.forecast().slackDays()).isEqualTo(8);
            assertThat(delay.forecast().slackUsed()).isEqualByComparingTo("0.56");
        });
    }

    @Test
    @DisplayName("DS-4.1.4 the daily look-ahead sees a start that never came, warns once per severity")
    void givenProductionNotStarted_whenDaysPass_thenLookAheadWarns() {
        OrderId id = fixtures.released("k-1").id();
        assertThat(fixtures.orders.detectDelays(fixtures.modules.system())).isEmpty();

        fixtures.clock.moveTo("2026-04-01");
        assertThat(fixtures.orders.detectDelays(fixtures.modules.system())).singleElement().satisfies(order ->
            assertThat(order.fulfilment().openDelay().orElseThrow().severity()).isEqualTo(DelaySeverity.AT_RISK));
        assertThat(fixtures.orders.detectDelays(fixtures.modules.system())).as("the same day again").isEmpty();

        fixtures.clock.moveTo("2026-04-05");
        assertThat(fixtures.orders.detectDelays(fixtures.modules.system())).singleElement().satisfies(order -> {
            assertThat(order.fulfilment().openDelay().orElseThrow().severity()).isEqualTo(DelaySeverity.LATE);
            assertThat(order.fulfilment().openDelay().orElseThrow().projectedDelivery()).isEqualTo(LocalDate.parse("2026-04-13"));
        });
        assertThat(fixtures.eventTypes(id)).filteredOn("DelayWarningRaised"::equals).hasSize(2);
    }

    @Test
    @DisplayName("DS-6.2.2 cancellation agreed over a delay cancels the order and names its credit reference for release")
    void givenLateOrder_whenCancellationAgreed_thenCancelled() {
        OrderId id = fixtures.released("k-1").id();
        assertThatThrownBy(() -> fixtures.orders.agreeDelaySolution(SALES, new AgreeDelaySolution(id, "CANCELLATION",
            null, "Ms Chen", null, "PHONE"))).isInstanceOf(NoOpenDelay.class);
        progress(id, 1, "PRODUCTION_STARTED", "2026-03-15", "2026-04-20");

        Order cancelled = fixtures.orders.agreeDelaySolution(SALES, new AgreeDelaySolution(id, "CANCELLATION", null,
            "Ms Chen", "will order elsewhere", "PHONE"));

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(fixtures.events(id)).filteredOn(event -> event.type().equals("orders.OrderCancelled"))
            .singleElement().satisfies(event -> assertThat(event.payload()).contains("\"revision\":1"));
    }

    @Test
    @DisplayName("DS-6.2.2 an order is cancelled by agreement up to shipment, not after; amended only before release")
    void givenOrdersInEveryStage_whenCancelledOrAmended_thenOnlyWhereTheTableAllows() {
        OrderId released = fixtures.released("k-1").id();
        assertThatThrownBy(() -> fixtures.orders.amend(SALES, new AmendOrder(released, List.of(new LineChange(1,
            quantity("10"))), null, null, "Ms Chen", null, "PHONE"))).isInstanceOf(IllegalTransition.class);
        Order cancelled = fixtures.orders.cancel(SALES, new CancelOrder(released, "plant closed", "Ms Chen", "EMAIL"));
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(fixtures.feed(cancelled.id())).last().satisfies(c ->
            assertThat(c.kind()).isEqualTo(CommunicationKind.CANCELLATION));

        OrderId shipped = fixtures.reviewed(anOrder("k-2", List.of(line(VINEGAR, "", "50", "80.00")), "2026-03-20",
            "SZ-DC")).id();
        fixtures.orders.release(PRODUCTION, new ReleaseOrder(shipped));
        ship(shipped, "SH-9", shipped(1, "50"));
        assertThatThrownBy(() -> fixtures.orders.cancel(SALES, new CancelOrder(shipped, "too late", "Ms Chen",
            "EMAIL"))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    @DisplayName("DS-4.1.4 CORE customers hear daily, GENERAL ones weekly; feedback resets the clock and is in the feed")
    void givenOpenOrders_whenDaysPass_thenFeedbackDueByTier() {
        OrderId core = fixtures.approved("k-1").id();
        CustomerId general = CustomerId.of("c-suzhou");
        fixtures.customer(general, StrategicImportance.GENERAL);
        fixtures.agreements.put(general, OrderFixtures.agreementFor(general));
        SubmitOrder template = anOrder("k-2");
        OrderId generalOrder = fixtures.reviewed(new SubmitOrder("k-2", general, "EMAIL", null, template.lines(),
            template.requestedDeliveryDate(), template.deliveryPlace(), null)).id();

        fixtures.clock.moveTo("2026-03-16");
        assertThat(fixtures.orders.feedbackDue(SALES)).extracting(FeedbackDue::orderId).containsExactly(core);
        fixtures.orders.giveFeedback(SALES, new GiveFeedback(core, "PHONE", "Ms Chen",
            String.join("; ", fixtures.orders.get(SALES, core).progressReport(Messages.CHINESE,
                LocalDate.parse("2026-03-16")))));
        assertThat(fixtures.orders.feedbackDue(SALES)).isEmpty();

        fixtures.clock.moveTo("2026-03-22");
        assertThat(fixtures.orders.feedbackDue(SALES)).extracting(FeedbackDue::orderId)
            .containsExactly(core, generalOrder);
        assertThat(fixtures.orders.feed(SALES, core)).singleElement().satisfies(told -> {
            assertThat(told.kind()).isEqualTo(CommunicationKind.FEEDBACK);
            assertThat(told.summary()).contains("已批准");
        });
    }

    @Test
    @DisplayName("an accepted order carries the value accepted and the prepayments received, for billing to net them")
    void givenPrepaidOrder_whenAccepted_thenPrepaymentNamed() {
        fixtures.credit.answer(OrderFixtures.CUSTOMER, ScriptedCredit.prepay("0.5"));
        Order waiting = fixtures.reviewed(anOrder("k-1", List.of(line(VINEGAR, "", "50", "80.00")), "2026-03-20",
            "SZ-DC"));
        fixtures.orders.recordPrepayment(OrderFixtures.FINANCE, new RecordPrepayment(waiting.id(), "BANK-1",
            quantity("2000"), LocalDate.parse("2026-03-15")));
        fixtures.orders.release(PRODUCTION, new ReleaseOrder(waiting.id()));
        ship(waiting.id(), "SH-1", shipped(1, "50"));
        fixtures.orders.confirmDelivery(fixtures.delivery, new ConfirmDelivery(waiting.id(), LocalDate.parse("2026-03-15")));

        Order accepted = fixtures.orders.accept(fixtures.delivery, new AcceptOrder(waiting.id(), LocalDate.parse("2026-03-15"),
            List.of(new AcceptedLine(1, quantity("48"))), "2 cases damaged"));

        assertThat(accepted.fulfilment().handover().acceptance().lines()).singleElement().satisfies(line ->
            assertThat(line.quantity()).isEqualByComparingTo("48"));
        assertThat(accepted.prepaid()).isEqualTo(Money.cny("2000.00"));
        assertThat(fixtures.events(waiting.id())).filteredOn(event -> event.type().equals("orders.OrderAccepted"))
            .singleElement().satisfies(event -> assertThat(event.payload()).contains("3840.00").contains("2000.00"));
    }
}
