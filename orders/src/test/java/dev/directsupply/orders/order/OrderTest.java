package dev.directsupply.orders.order;

import static dev.directsupply.orders.order.OrderJourneys.CLOCK;
import static dev.directsupply.orders.order.OrderJourneys.FIFTY;
import static dev.directsupply.orders.order.OrderJourneys.SHARE;
import static dev.directsupply.orders.order.OrderJourneys.TODAY;
import static dev.directsupply.orders.order.OrderJourneys.anOrder;
import static dev.directsupply.orders.order.OrderJourneys.answer;
import static dev.directsupply.orders.order.OrderJourneys.approve;
import static dev.directsupply.orders.order.OrderJourneys.everything;
import static dev.directsupply.orders.order.OrderJourneys.hold;
import static dev.directsupply.orders.order.OrderJourneys.passed;
import static dev.directsupply.orders.order.OrderJourneys.received;
import static dev.directsupply.testing.AggregateScenario.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Order aggregate alone, no store: given an order in some state, when a behaviour runs, then its events. */
class OrderTest {

    @Test
    @DisplayName("DS-4.1.2 given a received order, when the review finds nothing and credit approves, then approved with the requested date promised")
    void givenReceived_whenReviewedAndApproved_thenApproved() {
        given(received())
            .when(order -> order.review(passed(order), answer(order, approve()), Staff.SALES, CLOCK))
            .then(OrderMoved.class, CreditChecked.class, OrderMoved.class)
            .and(order -> {
                assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
                assertThat(order.fulfilment().promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-03-25"));
                assertThat(order.passedReview()).isTrue();
                assertThat(order.creditCleared()).isTrue();
            });
    }

    @Test
    @DisplayName("DS-4.1.2 given a received order, when the review refuses it, then rejected with the reason")
    void givenReceived_whenReviewRefuses_thenRejected() {
        Order received = received();
        ReviewRecord refusal = new ReviewRecord(1, CLOCK.instant(), Staff.SALES.id(), "", List.of(
            ReviewFinding.refusal("customerId", "orders.review.no-agreement", "DS-3.2",
                Map.of("customer", "c-1", "day", "2026-03-15"))), List.of(), 0);

        given(received).when(order -> order.review(refusal, null, Staff.SALES, CLOCK))
            .then(OrderMoved.class, OrderMoved.class, OrderRejected.class)
            .thenEvent(OrderRejected.class, rejected -> assertThat(rejected.reasons()).singleElement()
                .asString().contains("no cooperation agreement"))
            .and(order -> assertThat(order.isOpen()).isFalse());
    }

    @Test
    @DisplayName("DS-4.1.2 given a received order, when the review has questions, then the customer is asked and told")
    void givenReceived_whenReviewHasQuestions_thenClarificationAsked() {
        given(received()).when(order -> order.review(OrderJourneys.unclear(order), null, Staff.SALES, CLOCK))
            .then(OrderMoved.class, Communicated.class, OrderMoved.class, ClarificationRequested.class)
            .and(order -> {
                assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_CLARIFICATION);
                assertThat(order.clearance().openClarification()).isPresent();
                assertThat(order.feed().exchanges()).isEqualTo(1);
            });
    }

    @Test
    @DisplayName("DS-4.1.2 given an order on credit hold, when the check holds it for the same reasons, then nothing happens")
    void givenHeld_whenRecheckedWithSameReasons_thenNothing() {
        given(anOrder(OrderStatus.ON_CREDIT_HOLD))
            .when(order -> order.recheckedCredit(answer(order, hold()), Staff.SALES, CLOCK))
            .thenNothingHappened();
    }

    @Test
    @DisplayName("DS-4.1.2 given an order on credit hold, when the check passes, then the hold clears to APPROVED")
    void givenHeld_whenCheckPasses_thenApproved() {
        given(anOrder(OrderStatus.ON_CREDIT_HOLD))
            .when(order -> order.recheckedCredit(answer(order, approve()), Staff.SALES, CLOCK))
            .then(CreditChecked.class, OrderMoved.class)
            .thenEvent(OrderMoved.class, moved -> assertThat(moved.move().action()).isEqualTo(OrderAction.CLEAR_CREDIT))
            .and(order -> assertThat(order.status()).isEqualTo(OrderStatus.APPROVED));
    }

    @Test
    @DisplayName("DS-4.1.2 a held order explains its hold to the customer in both languages")
    void givenHeld_whenReported_thenHoldExplained() {
        Order held = anOrder(OrderStatus.ON_CREDIT_HOLD);

        assertThat(held.progressReport(dev.directsupply.kernel.Messages.ENGLISH, TODAY))
            .contains("Hold reason: over the credit limit");
        assertThat(held.progressReport(dev.directsupply.kernel.Messages.CHINESE, TODAY)).contains("冻结原因：超出信用额度");
    }

    @Test
    @DisplayName("DS-6.2.1 given an order awaiting 30% prepayment, when part of it arrives, then it still waits")
    void givenAwaitingPrepayment_whenPartPaid_thenStillWaiting() {
        given(anOrder(OrderStatus.AWAITING_PREPAYMENT))
            .when(order -> order.receivePrepayment(new Prepayment("BANK-1", TODAY, Money.cny("1000.00")),
                Staff.FINANCE, CLOCK))
            .then(PrepaymentReceived.class)
            .and(order -> {
                assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PREPAYMENT);
                assertThat(order.prepaid()).isEqualTo(Money.cny("1000.00"));
                assertThat(order.fulfilment().promisedDeliveryDate()).isNull();
            });
    }

    @Test
    @DisplayName("DS-6.2.1 given an order awaiting 30% prepayment, when it arrives in full, then approved")
    void givenAwaitingPrepayment_whenPaidInFull_thenApproved() {
        given(anOrder(OrderStatus.AWAITING_PREPAYMENT))
            .when(order -> order.receivePrepayment(new Prepayment("BANK-1", TODAY, Money.cny("1200.00")),
                Staff.FINANCE, CLOCK))
            .then(PrepaymentReceived.class, OrderMoved.class)
            .and(order -> assertThat(order.status()).isEqualTo(OrderStatus.APPROVED));
    }

    @Test
    @DisplayName("DS-6.2.1 the same prepayment twice changes nothing; another under its reference is refused")
    void givenPrepaymentRecorded_whenSentAgain_thenSameOrRefused() {
        Order paid = OrderJourneys.PREPAID.to(OrderStatus.APPROVED, received());
        Prepayment same = paid.clearance().prepayments().get(0);

        given(paid).when(order -> order.receivePrepayment(same, Staff.FINANCE, CLOCK)).thenNothingHappened();
        given(paid).when(order -> order.receivePrepayment(new Prepayment(same.reference(), TODAY,
            Money.cny("1.00")), Staff.FINANCE, CLOCK)).thenRefused(ReferenceReused.class);
    }

    @Test
    @DisplayName("DS-6.2.2 given an approved order, when amended, then a new revision under review with nothing promised")
    void givenApproved_whenAmended_thenNewRevisionUnderReview() {
        given(anOrder(OrderStatus.APPROVED))
            .when(order -> order.amend(new Amendment(List.of(new LineQuantity(1, new BigDecimal("40"))), null, null),
                "Ms Chen", "", Channel.PHONE, Staff.SALES, CLOCK))
            .then(OrderAmended.class, Communicated.class, OrderMoved.class)
            .and(order -> {
                assertThat(order.revision()).isEqualTo(2);
                assertThat(order.status()).isEqualTo(OrderStatus.UNDER_REVIEW);
                assertThat(order.fulfilment().promisedDeliveryDate()).isNull();
                assertThat(order.passedReview()).as("the review was of revision 1").isFalse();
            });
    }

    @Test
    @DisplayName("DS-6.2.2 an amendment that changes nothing is no change")
    void givenApproved_whenAmendedToTheSame_thenNothing() {
        given(anOrder(OrderStatus.APPROVED))
            .when(order -> order.amend(new Amendment(List.of(new LineQuantity(1, FIFTY)), null, null), "Ms Chen", "",
                Channel.PHONE, Staff.SALES, CLOCK))
            .thenNothingHappened();
    }

    @Test
    @DisplayName("DS-4.1.3 given an approved order, when released with a plan, then RELEASED with the slack to the promise")
    void givenApproved_whenReleased_thenReleased() {
        given(anOrder(OrderStatus.APPROVED))
            .when(order -> order.release(OrderJourneys.plan(), SHARE, Staff.PRODUCTION, CLOCK))
            .then(OrderMoved.class, OrderReleased.class)
            .and(order -> {
                assertThat(order.status()).isEqualTo(OrderStatus.RELEASED);
                assertThat(order.fulfilment().slackAtRelease()).as("ready the 20th, one day on the road, promised the 25th")
                    .isEqualTo(4);
            });
    }

    @Test
    @DisplayName("DS-4.1.3 a plan that does not cover every line is refused")
    void givenApproved_whenPlanMissesALine_thenRefused() {
        given(anOrder(OrderStatus.APPROVED))
            .when(order -> order.release(List.of(), SHARE, Staff.PRODUCTION, CLOCK))
            .thenRefused(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "progress is refused on an order {0}")
    @EnumSource(value = OrderStatus.class, names = {"RELEASED", "IN_PRODUCTION", "READY_TO_SHIP", "PARTIALLY_SHIPPED"},
        mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("DS-4.1.4 progress, and a delay's solution, come only between release and the last shipment")
    void givenOrderOutOfFulfilment_whenProgressRecorded_thenNotInFulfilment(OrderStatus status) {
        Order order = anOrder(status);

        assertThatThrownBy(() -> order.recordProgress(1, Milestone.PACKED, TODAY, null, SHARE, Staff.PRODUCTION, CLOCK))
            .isInstanceOf(OrderNotInFulfilment.class);
        assertThatThrownBy(() -> order.agreeDelaySolution(DelaySolutionKind.NEW_DATE, TODAY.plusDays(30), "Ms Chen",
            "", Channel.PHONE, Staff.SALES, CLOCK)).isInstanceOf(OrderNotInFulfilment.class);
        assertThat(order.watchDelays(SHARE, CLOCK).isNothing()).isTrue();
    }

    @Test
    @DisplayName("DS-4.1.4 given a released order, when production starts late, then a delay is foreseen and raised once")
    void givenReleased_whenStartedLate_thenDelayWarningRaisedOnce() {
        Order late = given(anOrder(OrderStatus.RELEASED))
            .when(order -> order.recordProgress(1, Milestone.PRODUCTION_STARTED, TODAY, LocalDate.parse("2026-03-30"),
                SHARE, Staff.PRODUCTION, CLOCK))
            .then(ProgressRecorded.class, OrderMoved.class, DelayWarningRaised.class)
            .thenEvent(DelayWarningRaised.class, raised -> assertThat(raised.warning().severity())
                .isEqualTo(DelaySeverity.LATE))
            .aggregate();

        given(late).when(order -> order.watchDelays(SHARE, CLOCK)).thenNothingHappened();
    }

    @Test
    @DisplayName("DS-4.1.4 a late order ships while its delay waits for a solution: the goods are not held back")
    void givenOpenDelay_whenShipped_thenShippedAndTheDelayStaysOpen() {
        Order late = anOrder(OrderStatus.RELEASED).recordProgress(1, Milestone.PRODUCTION_STARTED, TODAY,
            LocalDate.parse("2026-03-30"), SHARE, Staff.PRODUCTION, CLOCK).aggregate();
        Order packed = late.recordProgress(1, Milestone.PACKED, TODAY, null, SHARE, Staff.PRODUCTION, CLOCK).aggregate();

        given(packed).when(order -> order.ship(everything("WB-9"), Staff.LOGISTICS, CLOCK))
            .then(OrderMoved.class, OrderShipped.class)
            .and(order -> {
                assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
                assertThat(order.fulfilment().openDelay()).isPresent();
            });
    }

    @Test
    @DisplayName("DS-4.1.4 a new date agreed for a delay must not be before the projected delivery")
    void givenOpenDelay_whenNewDateTooEarly_thenRefused() {
        Order late = anOrder(OrderStatus.RELEASED).recordProgress(1, Milestone.PRODUCTION_STARTED, TODAY,
            LocalDate.parse("2026-03-30"), SHARE, Staff.PRODUCTION, CLOCK).aggregate();

        given(late).when(order -> order.agreeDelaySolution(DelaySolutionKind.NEW_DATE, LocalDate.parse("2026-03-28"),
            "Ms Chen", "", Channel.PHONE, Staff.SALES, CLOCK)).thenRefused(NewDateStillLate.class);
        given(late).when(order -> order.agreeDelaySolution(DelaySolutionKind.NEW_DATE, LocalDate.parse("2026-04-02"),
            "Ms Chen", "", Channel.PHONE, Staff.SALES, CLOCK))
            .then(Communicated.class, DelaySolutionAgreed.class)
            .and(order -> {
                assertThat(order.fulfilment().openDelay()).isEmpty();
                assertThat(order.fulfilment().promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-04-02"));
            });
    }

    @Test
    @DisplayName("DS-4.1.4 goods not yet ready do not leave")
    void givenInProduction_whenShippingWhatIsNotReady_thenRefused() {
        given(anOrder(OrderStatus.IN_PRODUCTION)).when(order -> order.ship(everything("WB-1"), Staff.LOGISTICS, CLOCK))
            .thenRefused(NotReadyToShip.class);
    }

    @Test
    @DisplayName("DS-4.2.4 acceptance of more than was shipped is refused; of less, the accepted value is billed")
    void givenDelivered_whenAccepted_thenValueOfWhatWasAccepted() {
        given(anOrder(OrderStatus.DELIVERED)).when(order -> order.accept(TODAY, List.of(new LineQuantity(1,
            new BigDecimal("60"))), "", Staff.SALES, CLOCK)).thenRefused(MoreThanShipped.class);
        given(anOrder(OrderStatus.DELIVERED)).when(order -> order.accept(TODAY, List.of(new LineQuantity(1,
            new BigDecimal("45"))), "5 broken", Staff.SALES, CLOCK))
            .then(OrderMoved.class, OrderAccepted.class)
            .thenEvent(OrderAccepted.class, accepted -> {
                assertThat(accepted.acceptedValue()).isEqualTo(Money.cny("3600.00"));
                assertThat(accepted.owed()).isEqualTo(Money.cny("3600.00"));
            });
    }

    @ParameterizedTest(name = "an order {0} can be told news")
    @EnumSource(OrderStatus.class)
    @DisplayName("DS-4.1.4 news may be given in every state, and the feed counts it")
    void givenAnyState_whenInformed_thenCommunicated(OrderStatus status) {
        given(anOrder(status)).when(order -> order.inform(Channel.EMAIL, "Ms Chen", "all well", Staff.SALES, CLOCK))
            .then(Communicated.class)
            .and(order -> assertThat(order.feed().lastTold()).isEqualTo(CLOCK.instant()));
    }

    @Test
    @DisplayName("DS-4.1 a closed order is neither amended nor cancelled")
    void givenClosed_whenAmendedOrCancelled_thenIllegal() {
        Order closed = anOrder(OrderStatus.CLOSED);

        assertThatThrownBy(() -> closed.cancel("late", "Ms Chen", Channel.PHONE, Staff.SALES, CLOCK))
            .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> closed.amend(new Amendment(List.of(new LineQuantity(1, BigDecimal.ONE)), null, null),
            "Ms Chen", "", Channel.PHONE, Staff.SALES, CLOCK)).isInstanceOf(IllegalTransition.class);
        assertThat(EnumSet.of(OrderStatus.CLOSED, OrderStatus.CANCELLED, OrderStatus.REJECTED))
            .allSatisfy(status -> assertThat(anOrder(status).isOpen()).isFalse());
    }
}
