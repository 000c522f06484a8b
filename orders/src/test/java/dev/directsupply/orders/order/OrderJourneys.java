package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.testing.Journey;
import dev.directsupply.testing.ModuleHarness;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Orders in any state of their lifecycle, built by living it: received, then each step the table leads
 * through. One line of 50 cases of vinegar at 80.00 for 25 March to a place one day away; made to order
 * from the 16th to the 20th; today is 15 March 2026.
 */
final class OrderJourneys {
    static final ManualClock CLOCK = ManualClock.on("2026-03-15", ModuleHarness.SHANGHAI);
    static final LocalDate TODAY = CLOCK.today();
    static final BigDecimal SHARE = new BigDecimal("0.5");
    static final BigDecimal FIFTY = new BigDecimal("50");

    private OrderJourneys() {
    }

    /** An order just received through EDI. */
    static Order received() {
        Submission submission = new Submission(CustomerId.of("c-1"), Channel.EDI, "PO-1",
            new Submission.Idempotency("k-1", "f-1"), "AG-1", Staff.SALES.id(), CLOCK.instant());
        OrderTerms terms = new OrderTerms(List.of(new OrderLine(1, ProductCode.of("P-200"), "", FIFTY, "case",
            Money.cny("80.00"))), LocalDate.parse("2026-03-25"), "SZ-DC", Urgency.NORMAL, 1);
        return Order.receive(OrderId.of("SO-1"), submission, terms).aggregate();
    }

    /** A review of the order's revision that found nothing, 50 cases to make, one day of transport. */
    static ReviewRecord passed(Order order) {
        return new ReviewRecord(order.revision(), CLOCK.instant(), Staff.SALES.id(), "AG-1", List.of(),
            List.of(new LineSupply(1, BigDecimal.ZERO, FIFTY, LocalDate.parse("2026-03-20"))), 1);
    }

    static CreditStanding answer(Order order, CreditAnswer answer) {
        return new CreditStanding(order.revision(), answer, CLOCK.instant(), null);
    }

    static CreditAnswer approve() {
        return new CreditAnswer(CreditOutcome.APPROVED, BigDecimal.ZERO, List.of(), List.of(), List.of());
    }

    static CreditAnswer hold() {
        return new CreditAnswer(CreditOutcome.HOLD, BigDecimal.ZERO, List.of("OVER_LIMIT"),
            List.of("Hold reason: over the credit limit"), List.of("冻结原因：超出信用额度"));
    }

    static CreditAnswer prepay() {
        return new CreditAnswer(CreditOutcome.APPROVED_WITH_PREPAYMENT, new BigDecimal("0.3"), List.of(),
            List.of("Prepayment 30%"), List.of("预付 30%"));
    }

    /** Production's plan: all 50 made from the 16th to the 20th. */
    static List<LineTracking> plan() {
        return List.of(LineTracking.released(1, new LineTracking.Split(FIFTY, BigDecimal.ZERO, FIFTY), TODAY,
            LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-20")));
    }

    static Shipment everything(String reference) {
        return new Shipment(reference, TODAY, List.of(new LineQuantity(1, FIFTY)));
    }

    private static Journey<Order, OrderStatus, OrderAction> common() {
        return Journey.along(OrderLifecycle.TABLE, Order::status, OrderAction.class)
            .step(OrderAction.RELEASE, order -> order.release(plan(), SHARE, Staff.PRODUCTION, CLOCK))
            .step(OrderAction.START_PRODUCTION, order -> order.recordProgress(1, Milestone.PRODUCTION_STARTED, TODAY,
                null, SHARE, Staff.PRODUCTION, CLOCK))
            .step(OrderAction.GET_READY, order -> order.recordProgress(1, Milestone.PACKED, TODAY, null, SHARE,
                Staff.PRODUCTION, CLOCK))
            .step(OrderAction.SHIP_PART, order -> order.ship(everything("WB-1"), Staff.LOGISTICS, CLOCK))
            .step(OrderAction.SHIP, order -> order.ship(everything("WB-1"), Staff.LOGISTICS, CLOCK))
            .step(OrderAction.DELIVER, order -> order.confirmDelivery(TODAY, Staff.LOGISTICS, CLOCK))
            .step(OrderAction.ACCEPT, order -> order.accept(TODAY, List.of(), "", Staff.SALES, CLOCK))
            .step(OrderAction.CLOSE, order -> order.close(Staff.SALES, CLOCK))
            .step(OrderAction.REJECT, order -> order.reject("declined", Staff.SALES, CLOCK))
            .step(OrderAction.CANCEL, order -> order.cancel("no longer needed", "Ms Chen", Channel.PHONE,
                Staff.SALES, CLOCK))
            .step(OrderAction.ASK_CLARIFICATION, order -> order.review(unclear(order), null, Staff.SALES, CLOCK));
    }

    /** The way on when the credit check approves. */
    static final Journey<Order, OrderStatus, OrderAction> APPROVED_ON_CREDIT = common()
        .step(OrderAction.START_REVIEW, order -> review(order, approve()))
        .step(OrderAction.APPROVE, order -> review(order, approve()));

    /** The way on when the credit check holds, then clears it by an override. */
    static final Journey<Order, OrderStatus, OrderAction> HELD = common()
        .step(OrderAction.START_REVIEW, order -> review(order, hold()))
        .step(OrderAction.HOLD_CREDIT, order -> review(order, hold()))
        .step(OrderAction.CLEAR_CREDIT, order -> order.recheckedCredit(answer(order, approve()), Staff.FINANCE,
            CLOCK));

    /** The way on when the credit check asks for 30% before release, then paid. */
    static final Journey<Order, OrderStatus, OrderAction> PREPAID = common()
        .step(OrderAction.START_REVIEW, order -> review(order, prepay()))
        .step(OrderAction.ASK_PREPAYMENT, order -> review(order, prepay()))
        .step(OrderAction.RECEIVE_PREPAYMENT, order -> order.receivePrepayment(new Prepayment("BANK-1", TODAY,
            Money.cny("1200.00")), Staff.FINANCE, CLOCK));

    static Changed<Order> review(Order order, CreditAnswer credit) {
        return order.review(passed(order), answer(order, credit), Staff.SALES, CLOCK);
    }

    static ReviewRecord unclear(Order order) {
        return new ReviewRecord(order.revision(), CLOCK.instant(), Staff.SALES.id(), "AG-1", List.of(
            ReviewFinding.unclear("lines[0].product", "orders.review.unknown-product", java.util.Map.of("product", "P-200"))),
            List.of(), 1);
    }

    /** An order in the state, by the way credit approves wherever that leads there. */
    static Order anOrder(OrderStatus status) {
        return switch (status) {
            case UNDER_REVIEW -> received().amend(new Amendment(List.of(new LineQuantity(1, new BigDecimal("40"))),
                null, null), "Ms Chen", "", Channel.PHONE, Staff.SALES, CLOCK).aggregate();
            case AWAITING_CLARIFICATION -> received().review(unclear(received()), null, Staff.SALES, CLOCK).aggregate();
            case ON_CREDIT_HOLD, REJECTED -> HELD.to(status, received());
            case AWAITING_PREPAYMENT -> PREPAID.to(status, received());
            case PARTIALLY_SHIPPED -> APPROVED_ON_CREDIT.to(OrderStatus.READY_TO_SHIP, received()).ship(new Shipment(
                "WB-0", TODAY, List.of(new LineQuantity(1, new BigDecimal("20")))), Staff.LOGISTICS, CLOCK).aggregate();
            default -> APPROVED_ON_CREDIT.to(status, received());
        };
    }
}
