package dev.directsupply.orders;

import static dev.directsupply.orders.OrderFixtures.CUSTOMER;
import static dev.directsupply.orders.OrderFixtures.DISCONTINUED;
import static dev.directsupply.orders.OrderFixtures.FINANCE;
import static dev.directsupply.orders.OrderFixtures.PRODUCTION;
import static dev.directsupply.orders.OrderFixtures.SALES;
import static dev.directsupply.orders.OrderFixtures.SHORT_LIVED;
import static dev.directsupply.orders.OrderFixtures.SOY_SAUCE;
import static dev.directsupply.orders.OrderFixtures.VINEGAR;
import static dev.directsupply.orders.OrderFixtures.anOrder;
import static dev.directsupply.orders.OrderFixtures.line;
import static dev.directsupply.orders.OrderFixtures.quantity;
import static dev.directsupply.orders.OrderFixtures.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.directsupply.orders.order.AmendOrder;
import dev.directsupply.orders.order.AnswerClarification;
import dev.directsupply.orders.order.ClarificationAnswered;
import dev.directsupply.orders.order.ClarificationRequested;
import dev.directsupply.orders.order.CreditChecked;
import dev.directsupply.orders.order.LineChange;
import dev.directsupply.orders.order.OrderAction;
import dev.directsupply.orders.order.OrderAmended;
import dev.directsupply.orders.order.OrderLifecycle;
import dev.directsupply.orders.order.OrderMoved;
import dev.directsupply.orders.order.OrderReceived;
import dev.directsupply.orders.order.OrderRejected;
import dev.directsupply.orders.order.OrderTerms;
import dev.directsupply.orders.order.OrderingCustomer;
import dev.directsupply.orders.order.OverrideCreditHold;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.order.RecheckCredit;
import dev.directsupply.orders.order.RecordPrepayment;
import dev.directsupply.orders.order.ReleaseOrder;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;

import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.statemachine.TransitionRejected;
import dev.directsupply.orders.order.CommunicationKind;
import dev.directsupply.orders.order.CreditOutcome;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.ReferenceReused;
import dev.directsupply.orders.order.ReviewFinding;
import java.time.LocalDate;
import java.util.List;
import dev.directsupply.orders.order.AgreedTerms;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DS-4.1.2 review: completeness and accuracy, capacity and inventory, credit; problems taken up with the customer. */
class OrderReviewTest {
    private final OrderFixtures fixtures = new OrderFixtures();

    private Order reviewed(List<SubmittedLine> lines, String date, String place) {
        return fixtures.reviewed(anOrder("k-1", lines, date, place));
    }

    private static List<String> codes(Order order) {
        return order.clearance().review().findings().stream().map(ReviewFinding::code).toList();
    }

    @Test
    @DisplayName("DS-4.1.2 a complete order within capacity and credit is approved for the requested date")
    void givenCompleteOrder_whenReviewed_thenApproved() {
        Order order = fixtures.reviewed(anOrder("k-1"));

        assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(order.passedReview()).isTrue();
        assertThat(order.clearance().review().agreement()).isEqualTo("AG-c-shanghai/v1");
        assertThat(order.clearance().review().transportDays()).isEqualTo(3);
        assertThat(order.clearance().review().supplyOf(1).fromStock()).isEqualByComparingTo("100");
        assertThat(order.clearance().review().supplyOf(1).toProduce()).isEqualByComparingTo("200");
        assertThat(order.clearance().review().supplyOf(2).fromStock()).isEqualByComparingTo("200");
        assertThat(order.clearance().credit().revision()).isEqualTo(1);
        assertThat(order.fulfilment().promisedDeliveryDate()).isEqualTo(LocalDate.parse("2026-04-10"));
        assertThat(fixtures.eventTypes(order.id())).containsExactly("OrderReceived", "OrderMoved", "CreditChecked",
            "OrderMoved");
    }

    @Test
    @DisplayName("DS-4.1.2 unknown product, specification, unit and discontinued products are each a question to the customer")
    void givenCatalogueProblems_whenReviewed_thenAwaitingClarification() {
        Order order = reviewed(List.of(line(dev.directsupply.orders.order.ProductCode.of("P-999"), "", "1", "1.00"),
            line(SOY_SAUCE, "2L", "10", "120.00"),
            new SubmittedLine(VINEGAR.value(), "", quantity("10"), "bottle", new java.math.BigDecimal("80.00")),
            line(DISCONTINUED, "", "10", "80.00")), "2026-04-10", "SH-WH1");

        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_CLARIFICATION);
        assertThat(order.clearance().review().findings()).as("paths as in the command, lines counted from 0")
            .extracting(ReviewFinding::field).contains("lines[0].product", "lines[1].specification",
                "lines[2].unit", "lines[3].product");
        assertThat(codes(order)).contains("orders.review.unknown-product", "orders.review.unknown-specification",
            "orders.review.unit-not-allowed", "orders.review.product-discontinued");
        assertThat(order.clearance().credit()).as("no credit is asked for an unclear order").isNull();
        assertThat(fixtures.credit.standing).isEmpty();
    }

    @Test
    @DisplayName("DS-4.1.2 a price off the agreement, a price the agreement lacks and too short a shelf life are questions")
    void givenPriceAndShelfLifeProblems_whenReviewed_thenQuestions() {
        Order order = reviewed(List.of(line(SOY_SAUCE, "500ml", "10", "118.00"), line(SHORT_LIVED, "", "10", "50.00"),
            line(DISCONTINUED, "", "1", "10.00")), "2026-04-10", "SH-WH1");

        assertThat(codes(order)).contains("orders.review.price-differs", "orders.review.shelf-life-too-short",
            "orders.review.no-agreed-price");
        ReviewFinding price = order.clearance().review().findings().get(0);
        assertThat(price.message(Messages.ENGLISH)).isEqualTo("lines[0].unitPrice: the price 118.00 CNY differs "
            + "from the agreed 120.00 CNY by more than the tolerance of 0");
        assertThat(price.message(Messages.CHINESE)).startsWith("lines[0].unitPrice: 价格 118.00 CNY 与约定价格");
    }

    @Test
    @DisplayName("DS-4.1.2 an unknown delivery place and a date transport cannot make are questions")
    void givenPlaceAndDateProblems_whenReviewed_thenQuestions() {
        Order order = reviewed(List.of(line(VINEGAR, "", "10", "80.00")), "2026-03-16", "BJ-01");

        assertThat(order.clearance().review().findings()).extracting(ReviewFinding::field)
            .containsExactly("deliveryPlace", "requestedDeliveryDate");
        assertThat(order.clearance().review().findings().get(1).arguments()).containsEntry("earliest", "2026-03-17");
    }

    @Test
    @DisplayName("DS-4.1.2 a date before the production lead time, or beyond capacity, names the earliest date")
    void givenLeadTimeAndCapacityProblems_whenReviewed_thenEarliestDatesNamed() {
        Order tooSoon = reviewed(List.of(line(SOY_SAUCE, "1L", "10", "120.00")), "2026-03-20", "SZ-DC");
        assertThat(codes(tooSoon)).containsExactly("orders.review.before-lead-time");
        assertThat(tooSoon.clearance().review().findings().get(0).arguments()).containsEntry("earliest", "2026-03-21");

        Order tooMuch = fixtures.reviewed(anOrder("k-2", List.of(line(VINEGAR, "", "5000", "80.00")), "2026-03-22",
            "SZ-DC"));
        assertThat(codes(tooMuch)).containsExactly("orders.review.capacity");
        assertThat(tooMuch.clearance().review().findings().get(0).arguments()).containsEntry("earliest", "2026-03-31");
    }

    @Test
    @DisplayName("DS-4.1.2 the questions are a recorded communication, and the customer's answer may amend the order")
    void givenQuestions_whenAnsweredWithAmendment_thenReviewedAgainAndApproved() {
        Order asked = reviewed(List.of(line(SOY_SAUCE, "1L", "10", "120.00")), "2026-03-20", "SZ-DC");
        assertThat(fixtures.feed(asked.id())).singleElement().satisfies(told -> {
            assertThat(told.kind()).isEqualTo(CommunicationKind.CLARIFICATION_REQUEST);
            assertThat(told.toCustomer()).isTrue();
            assertThat(told.summary()).contains("takes 5 days to produce");
        });

        Order answered = fixtures.orders.answerClarification(SALES, new AnswerClarification(asked.id(),
            "30 March is fine", "Ms Chen", "PHONE", null, LocalDate.parse("2026-03-30"), null));
        assertThat(answered.status()).isEqualTo(OrderStatus.UNDER_REVIEW);
        assertThat(answered.revision()).isEqualTo(2);
        assertThat(answered.clearance().openClarification()).isEmpty();
        Order approved = fixtures.orders.review(SALES, new ReviewOrder(asked.id()));

        assertThat(approved.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(approved.clearance().credit().revision()).isEqualTo(2);
        assertThat(fixtures.eventTypes(asked.id())).contains("ClarificationRequested", "OrderAmended",
            "ClarificationAnswered");
    }

    @Test
    @DisplayName("DS-3.4 a customer without an agreement in force, or not active, is refused at review")
    void givenNoAgreementOrInactiveCustomer_whenReviewed_thenRejected() {
        fixtures.customers.put(CUSTOMER, new OrderingCustomer(CUSTOMER, "x", false, StrategicImportance.CORE));
        Order inactive = fixtures.reviewed(anOrder("k-1"));
        assertThat(inactive.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(codes(inactive)).containsExactly("orders.review.customer-not-active");

        dev.directsupply.customer.CustomerId newcomer = dev.directsupply.customer.CustomerId.of("c-new");
        fixtures.customer(newcomer, StrategicImportance.GENERAL);
        SubmitOrder order = anOrder("k-2");
        Order rejected = fixtures.reviewed(new SubmitOrder("k-2", newcomer, "EMAIL", null, order.lines(),
            order.requestedDeliveryDate(), order.deliveryPlace(), null));
        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(codes(rejected)).containsExactly("orders.review.no-agreement");
        assertThat(fixtures.eventTypes(rejected.id())).endsWith("OrderRejected");
    }

    @Test
    @DisplayName("DS-4.1.2 an order the credit check holds is ON_CREDIT_HOLD, and anyone can read why")
    void givenCreditHold_whenReviewed_thenOnHoldWithReasons() {
        fixtures.credit.answer(CUSTOMER, ScriptedCredit.hold("OVER_LIMIT"));

        Order held = fixtures.reviewed(anOrder("k-1"));

        assertThat(held.status()).isEqualTo(OrderStatus.ON_CREDIT_HOLD);
        assertThat(held.clearance().credit().reasons()).containsExactly("OVER_LIMIT");
        assertThat(held.progressReport(Messages.ENGLISH, LocalDate.parse("2026-03-15")))
            .contains("Hold reason: over the credit limit");
        assertThat(held.progressReport(Messages.CHINESE, LocalDate.parse("2026-03-15"))).contains("冻结原因：超出信用额度");
        assertThat(held.fulfilment().promisedDeliveryDate()).isNull();
    }

    @Test
    @DisplayName("DS-4.1.2 a held order is released only when the check passes again")
    void givenHeldOrder_whenRechecked_thenApprovedOnlyOncePassing() {
        fixtures.credit.answer(CUSTOMER, ScriptedCredit.hold("OVERDUE"));
        Order held = fixtures.reviewed(anOrder("k-1"));

        Order stillHeld = fixtures.orders.recheckCredit(SALES, new RecheckCredit(held.id()));
        assertThat(stillHeld.status()).isEqualTo(OrderStatus.ON_CREDIT_HOLD);
        assertThat(stillHeld).as("the same answer changes nothing").isEqualTo(held);

        fixtures.credit.answer(CUSTOMER, ScriptedCredit.approve());
        Order approved = fixtures.orders.recheckCredit(SALES, new RecheckCredit(held.id()));

        assertThat(approved.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(fixtures.moves(approved.id())).last().satisfies(step -> assertThat(step.action())
            .isEqualTo(dev.directsupply.orders.order.OrderAction.CLEAR_CREDIT));
        assertThat(fixtures.orders.recheckCredit(SALES, new RecheckCredit(held.id()))).as("repeat").isEqualTo(approved);
    }

    @Test
    @DisplayName("DS-4.1.2 only finance may override a hold, and the override and its reason are recorded")
    void givenHeldOrder_whenOverridden_thenFinanceOnlyAndRecorded() {
        fixtures.credit.answer(CUSTOMER, ScriptedCredit.hold("OVER_LIMIT"));
        Order held = fixtures.reviewed(anOrder("k-1"));

        assertThatThrownBy(() -> fixtures.orders.overrideCreditHold(SALES, new OverrideCreditHold(held.id(), "vip")))
            .isInstanceOf(AccessDenied.class);
        assertThat(fixtures.orders.get(SALES, held.id()).status()).isEqualTo(OrderStatus.ON_CREDIT_HOLD);

        Order released = fixtures.orders.overrideCreditHold(FINANCE, new OverrideCreditHold(held.id(),
            "guarantee letter from the parent company"));

        assertThat(released.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(released.clearance().credit().override().by()).isEqualTo(FINANCE.id());
        assertThat(released.clearance().credit().override().reason()).isEqualTo("guarantee letter from the parent company");
        assertThat(fixtures.credit.overrides).containsKey(held.creditReference());
    }

    @Test
    @DisplayName("DS-6.2.1 approved with prepayment: the order waits until the prepayment is all there")
    void givenPrepaymentAsked_whenPaidInParts_thenApprovedOnceInFull() {
        fixtures.credit.answer(CUSTOMER, ScriptedCredit.prepay("0.3"));
        Order waiting = fixtures.reviewed(anOrder("k-1"));
        assertThat(waiting.status()).isEqualTo(OrderStatus.AWAITING_PREPAYMENT);
        assertThat(waiting.clearance().prepaymentDue()).isEqualTo(Money.cny("15600.00"));

        Order part = fixtures.orders.recordPrepayment(FINANCE, new RecordPrepayment(waiting.id(), "BANK-1",
            quantity("10000"), LocalDate.parse("2026-03-15")));
        assertThat(part.status()).isEqualTo(OrderStatus.AWAITING_PREPAYMENT);
        assertThat(fixtures.orders.recordPrepayment(FINANCE, new RecordPrepayment(waiting.id(), "BANK-1",
            quantity("10000"), LocalDate.parse("2026-03-15")))).as("the same payment again").isEqualTo(part);
        assertThatThrownBy(() -> fixtures.orders.recordPrepayment(FINANCE, new RecordPrepayment(waiting.id(),
            "BANK-1", quantity("9000"), LocalDate.parse("2026-03-15")))).isInstanceOf(ReferenceReused.class);

        Order paid = fixtures.orders.recordPrepayment(FINANCE, new RecordPrepayment(waiting.id(), "BANK-2",
            quantity("5600"), LocalDate.parse("2026-03-15")));
        assertThat(paid.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(paid.prepaid()).isEqualTo(Money.cny("15600.00"));
        assertThat(paid.clearance().credit().outcome()).isEqualTo(CreditOutcome.APPROVED_WITH_PREPAYMENT);
    }

    @Test
    @DisplayName("DS-3.3.2 DS-6.2.1 the agreement's prepayment is asked of every order the check approves, unless the check asks more")
    void givenAgreedPrepayment_whenReviewed_thenAskedUnlessCheckAsksMore() {
        AgreedTerms usual = fixtures.agreements.get(CUSTOMER);
        fixtures.agreements.put(CUSTOMER, new AgreedTerms(usual.reference(), usual.prices(), usual.paymentTermDays(),
            new BigDecimal("0.2"), usual.minimumRemainingShelfLifeDays(), usual.transportDays()));

        Order agreed = fixtures.reviewed(anOrder("k-1"));
        assertThat(agreed.status()).isEqualTo(OrderStatus.AWAITING_PREPAYMENT);
        assertThat(agreed.clearance().credit().prepaymentRatio()).isEqualByComparingTo("0.2");
        assertThat(agreed.clearance().credit().explain(Messages.ENGLISH))
            .contains("Agreement AG-c-shanghai/v1 asks a prepayment of 0.2 of every order");
        assertThat(agreed.clearance().credit().explain(Messages.CHINESE)).anyMatch(line -> line.contains("预付 0.2"));

        fixtures.credit.answer(CUSTOMER, ScriptedCredit.prepay("0.3"));
        assertThat(fixtures.reviewed(anOrder("k-2")).clearance().credit().prepaymentRatio()).isEqualByComparingTo("0.3");
        fixtures.credit.answer(CUSTOMER, ScriptedCredit.hold("over limit"));
        assertThat(fixtures.reviewed(anOrder("k-3")).status()).isEqualTo(OrderStatus.ON_CREDIT_HOLD);
    }

    @Test
    @DisplayName("DS-4.1.3 an order is not released before it is approved: unreviewed, held or unpaid orders are refused")
    void givenUnapprovedOrders_whenReleased_thenRefusedAndUnchanged() {
        Order received = fixtures.submitted("k-1");
        assertThatThrownBy(() -> fixtures.orders.release(PRODUCTION, new ReleaseOrder(received.id())))
            .isInstanceOf(IllegalTransition.class);
        assertThat(fixtures.orders.get(SALES, received.id())).isEqualTo(received);

        fixtures.credit.answer(CUSTOMER, ScriptedCredit.hold("over limit"));
        Order held = fixtures.reviewed(anOrder("k-3"));
        assertThatThrownBy(() -> fixtures.orders.release(PRODUCTION, new ReleaseOrder(held.id())))
            .isInstanceOf(IllegalTransition.class);
        assertThat(fixtures.orders.get(SALES, held.id())).isEqualTo(held);

        fixtures.credit.answer(CUSTOMER, ScriptedCredit.prepay("0.5"));
        Order unpaid = fixtures.reviewed(anOrder("k-2"));
        assertThatThrownBy(() -> fixtures.orders.release(PRODUCTION, new ReleaseOrder(unpaid.id())))
            .isInstanceOf(IllegalTransition.class);
        assertThat(fixtures.orders.get(SALES, unpaid.id())).isEqualTo(unpaid);
    }

    @Test
    @DisplayName("DS-6.2.2 an amendment before release is a new revision, reviewed and checked for credit again")
    void givenApprovedOrder_whenAmended_thenNewRevisionUnderReview() {
        Order approved = fixtures.approved("k-1");

        Order amended = fixtures.orders.amend(SALES, new AmendOrder(approved.id(), List.of(new LineChange(2,
            quantity("250"))), null, null, "Ms Chen", "promotion", "PHONE"));

        assertThat(amended.status()).isEqualTo(OrderStatus.UNDER_REVIEW);
        assertThat(amended.revision()).isEqualTo(2);
        assertThat(amended.line(2).quantity()).isEqualByComparingTo("250");
        assertThat(amended.passedReview()).isFalse();
        assertThatThrownBy(() -> fixtures.orders.release(PRODUCTION, new ReleaseOrder(amended.id())))
            .isInstanceOf(IllegalTransition.class);
        Order again = fixtures.orders.review(SALES, new ReviewOrder(amended.id()));
        assertThat(again.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(fixtures.credit.standing).containsKeys(revision(approved, 1), revision(approved, 2));
    }

    @Test
    @DisplayName("the guards of the table name their rule when they stop a move")
    void givenTableGuard_whenItFails_thenTransitionRejectedNamesTheRule() {
        Order approved = fixtures.approved("k-1");
        OrderTerms terms = approved.terms();
        Order order = new Order(approved.id(), approved.submission(), new OrderTerms(terms.lines(),
            terms.requestedDeliveryDate(), terms.deliveryPlace(), terms.urgency(), 2), approved.status(),
            approved.clearance(), approved.fulfilment(), approved.feed());

        assertThatThrownBy(() -> OrderLifecycle.TABLE.next(order.status(), OrderAction.RELEASE, order)).isInstanceOfSatisfying(TransitionRejected.class,
            rejected -> assertThat(rejected.rule()).contains("DS-4.1.2"));
    }
}
