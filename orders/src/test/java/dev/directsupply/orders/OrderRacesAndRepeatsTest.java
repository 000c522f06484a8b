package dev.directsupply.orders;

import static dev.directsupply.orders.OrderFixtures.FINANCE;
import static dev.directsupply.orders.OrderFixtures.PRODUCTION;
import static dev.directsupply.orders.OrderFixtures.SALES;
import static dev.directsupply.orders.OrderFixtures.SOY_SAUCE;
import static dev.directsupply.orders.OrderFixtures.VINEGAR;
import static dev.directsupply.orders.OrderFixtures.anOrder;
import static dev.directsupply.orders.OrderFixtures.line;
import static dev.directsupply.orders.OrderFixtures.quantity;
import static dev.directsupply.orders.OrderFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.orders.order.AcceptOrder;
import dev.directsupply.orders.order.AcceptedLine;
import dev.directsupply.orders.order.AgreeDelaySolution;
import dev.directsupply.orders.order.AmendOrder;
import dev.directsupply.orders.order.AnswerClarification;
import dev.directsupply.orders.order.CancelOrder;
import dev.directsupply.orders.order.ConfirmDelivery;
import dev.directsupply.orders.order.LineChange;
import dev.directsupply.orders.order.OrderAccepted;
import dev.directsupply.orders.order.ProgressRecorded;
import dev.directsupply.orders.order.RecordPrepayment;
import dev.directsupply.orders.order.RecordProgress;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.ShipOrder;
import dev.directsupply.orders.order.ShippedLine;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.orders.order.DateOutOfOrder;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What happens when another command overtakes one, when a report or a request comes twice, and when dates run backwards. */
class OrderRacesAndRepeatsTest {
    private final OrderFixtures fixtures = new OrderFixtures();

    @Test
    @DisplayName("DS-4.1.2 a review overtaken by a cancellation gives its credit reservation back")
    void givenReviewOvertakenByCancellation_whenRetried_thenReservationReleased() {
        Order received = fixtures.submitted("k-1");
        fixtures.credit.meanwhile = () -> fixtures.orders.cancel(SALES, new CancelOrder(received.id(), "changed mind",
            "Ms Chen", "PHONE"));

        assertThatThrownBy(() -> fixtures.orders.review(SALES, new ReviewOrder(received.id())))
            .isInstanceOf(IllegalTransition.class);

        assertThat(fixtures.orders.get(SALES, received.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(fixtures.credit.standing).doesNotContainKey(received.creditReference());
        assertThat(fixtures.credit.released).containsKey(received.creditReference());
    }

    @Test
    @DisplayName("DS-6.2.2 a review overtaken by an amendment releases the old revision and checks the new one")
    void givenReviewOvertakenByAmendment_whenRetried_thenOldRevisionReleased() {
        Order received = fixtures.submitted("k-1");
        fixtures.credit.meanwhile = () -> fixtures.orders.amend(SALES, new AmendOrder(received.id(),
            List.of(new LineChange(2, quantity("150"))), null, null, "Ms Chen", null, "PHONE"));

        Order reviewed = fixtures.orders.review(SALES, new ReviewOrder(received.id()));

        assertThat(reviewed.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(reviewed.revision()).isEqualTo(2);
        assertThat(fixtures.credit.released).containsKey(revision(received, 1));
        assertThat(fixtures.credit.standing).containsOnlyKeys(revision(received, 2));
    }

    @Test
    @DisplayName("DS-4.1.3 a release overtaken by an amendment gives the stock back, and the new revision plans afresh")
    void givenReleaseOvertakenByAmendment_whenRetried_thenPlanWithdrawn() {
        OrderId id = fixtures.approved("k-1").id();
        fixtures.beforePlanning = () -> fixtures.orders.amend(SALES, new AmendOrder(id, List.of(new LineChange(2,
            quantity("150"))), null, null, "Ms Chen", null, "PHONE"));

        assertThatThrownBy(() -> fixtures.orders.release(PRODUCTION, new ReleaseOrder(id)))
            .isInstanceOf(IllegalTransition.class);
        assertThat(fixtures.supply.stockOf(VINEGAR, "")).isEqualByComparingTo("500");
        assertThat(fixtures.supply.stockOf(SOY_SAUCE, "500ml")).isEqualByComparingTo("100");

        fixtures.orders.review(SALES, new ReviewOrder(id));
        Order released = fixtures.orders.release(PRODUCTION, new ReleaseOrder(id));
        assertThat(released.tracking(2).fromStock()).isEqualByComparingTo("150");
        assertThat(fixtures.supply.stockOf(VINEGAR, "")).isEqualByComparingTo("350");
    }

    @Test
    @DisplayName("DS-4.1.4 a start reported twice, or late, moves the projected finish once, from the plan")
    void givenStartReportedTwice_whenRecorded_thenProjectedOnceFromThePlan() {
        OrderId id = fixtures.released("k-1").id();
        fixtures.clock.moveTo("2026-03-17");
        RecordProgress lateStart = new RecordProgress(id, 1, "PRODUCTION_STARTED", LocalDate.parse("2026-03-17"), null);

        Order once = fixtures.orders.recordProgress(PRODUCTION, lateStart);
        Order twice = fixtures.orders.recordProgress(PRODUCTION, lateStart);

        assertThat(once.tracking(1).projectedFinish()).isEqualTo(LocalDate.parse("2026-03-22"));
        assertThat(twice).as("the same report again changes nothing").isEqualTo(once);
        assertThat(fixtures.eventTypes(id)).filteredOn("ProgressRecorded"::equals).hasSize(1);
    }

    @Test
    @DisplayName("DS-4.1.4 a shipment sent again with its quantities written differently is the same shipment")
    void givenShipmentResent_whenQuantitiesWrittenDifferently_thenSame() {
        OrderId id = fixtures.released("k-1").id();
        Order first = fixtures.orders.ship(fixtures.delivery, new ShipOrder(id, "SH-1", LocalDate.parse("2026-03-15"),
            List.of(new ShippedLine(2, new BigDecimal("200")))));

        Order again = fixtures.orders.ship(fixtures.delivery, new ShipOrder(id, "SH-1", LocalDate.parse("2026-03-15"),
            List.of(new ShippedLine(2, new BigDecimal("200.000")))));

        assertThat(again).isEqualTo(first);
    }

    @Test
    @DisplayName("DS-4.1.4 dates cannot run backwards: shipped before release, delivered before shipped, accepted before delivered")
    void givenDatesBeforeTheStepBefore_whenRecorded_thenRefused() {
        OrderId id = fixtures.reviewed(anOrder("k-1", List.of(line(VINEGAR, "", "50", "80.00")), "2026-03-25",
            "SZ-DC")).id();
        fixtures.clock.moveTo("2026-03-18");
        fixtures.orders.release(PRODUCTION, new ReleaseOrder(id));
        assertThatThrownBy(() -> fixtures.orders.ship(fixtures.delivery, new ShipOrder(id, "SH-1",
            LocalDate.parse("2026-03-17"), List.of(new ShippedLine(1, quantity("50"))))))
            .isInstanceOfSatisfying(DateOutOfOrder.class, refused -> assertThat(refused.field()).isEqualTo("shippedOn"));

        fixtures.orders.ship(fixtures.delivery, new ShipOrder(id, "SH-1", LocalDate.parse("2026-03-18"),
            List.of(new ShippedLine(1, quantity("50")))));
        fixtures.clock.moveTo("2026-03-20");
        assertThatThrownBy(() -> fixtures.orders.confirmDelivery(fixtures.delivery, new ConfirmDelivery(id,
            LocalDate.parse("2026-03-17")))).isInstanceOf(DateOutOfOrder.class);
        fixtures.orders.confirmDelivery(fixtures.delivery, new ConfirmDelivery(id, LocalDate.parse("2026-03-19")));
        assertThatThrownBy(() -> fixtures.orders.accept(fixtures.delivery, new AcceptOrder(id, LocalDate.parse("2026-03-18"),
            null, null))).isInstanceOf(DateOutOfOrder.class);
        assertThat(fixtures.orders.get(SALES, id).status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    @DisplayName("an acceptance naming one line accepts the others as shipped; prepayments beyond the value are a refund due")
    void givenPartialAcceptanceOfPrepaidOrder_whenAccepted_thenOtherLinesAsShippedAndRefundNamed() {
        fixtures.credit.answer(OrderFixtures.CUSTOMER, ScriptedCredit.prepay("1"));
        Order waiting = fixtures.reviewed(anOrder("k-1", List.of(line(VINEGAR, "", "50", "80.00"),
            line(VINEGAR, "", "10", "80.00")), "2026-03-20", "SZ-DC"));
        fixtures.orders.recordPrepayment(FINANCE, new RecordPrepayment(waiting.id(), "BANK-1", quantity("4800"),
            LocalDate.parse("2026-03-15")));
        fixtures.orders.release(PRODUCTION, new ReleaseOrder(waiting.id()));
        fixtures.orders.ship(fixtures.delivery, new ShipOrder(waiting.id(), "SH-1", LocalDate.parse("2026-03-15"),
            List.of(new ShippedLine(1, quantity("50")), new ShippedLine(2, quantity("10")))));
        fixtures.orders.confirmDelivery(fixtures.delivery, new ConfirmDelivery(waiting.id(), LocalDate.parse("2026-03-15")));

        Order accepted = fixtures.orders.accept(fixtures.delivery, new AcceptOrder(waiting.id(), LocalDate.parse("2026-03-15"),
            List.of(new AcceptedLine(1, quantity("45"))), "5 cases broken"));

        assertThat(accepted.fulfilment().handover().acceptance().lines()).extracting(l -> l.quantity().toPlainString())
            .containsExactly("45", "10");
        assertThat(fixtures.events(waiting.id())).filteredOn(event -> event.type().equals("orders.OrderAccepted"))
            .singleElement().satisfies(event -> {
                OrderAccepted published = Json.read(event.payload(), OrderAccepted.class);
                assertThat(published.acceptedValue()).isEqualTo(Money.cny("4400.00"));
                assertThat(published.refundDue()).isEqualTo(Money.cny("400.00"));
            });
    }

    @Test
    @DisplayName("bad input: a delay solution without its date, an amount beyond what money holds, a line given twice")
    void givenBadCommands_whenSent_thenEveryFieldNamed() {
        OrderId id = fixtures.released("k-1").id();
        assertThatThrownBy(() -> fixtures.orders.agreeDelaySolution(SALES, new AgreeDelaySolution(id, "SUBSTITUTION",
            null, "Ms Chen", "1L bottles instead", "PHONE")))
            .isInstanceOfSatisfying(InvalidCommand.class, invalid -> assertThat(invalid.violations())
                .extracting(Violation::field).containsExactly("newDate"));
        assertThatThrownBy(() -> fixtures.orders.submit(SALES, anOrder("k-2", List.of(line(VINEGAR, "", "999999999",
            "9999999999999.00")), "2026-04-10", "SH-WH1")))
            .isInstanceOfSatisfying(InvalidCommand.class, invalid -> assertThat(invalid.violations())
                .extracting(Violation::field).containsExactly("lines[0].quantity"));
        OrderId asked = fixtures.reviewed(anOrder("k-3", List.of(line(SOY_SAUCE, "1L", "10", "120.00")), "2026-03-20",
            "SZ-DC")).id();
        assertThatThrownBy(() -> fixtures.orders.answerClarification(SALES, new AnswerClarification(asked, "ok",
            null, "PHONE", List.of(new LineChange(1, quantity("5")), new LineChange(1, quantity("6"))), null, null)))
            .isInstanceOfSatisfying(InvalidCommand.class, invalid -> assertThat(invalid.violations())
                .extracting(Violation::field).containsExactly("quantities[1].line"));
    }
}
