package dev.directsupply.orders.order;

import static dev.directsupply.orders.order.OrderAction.ACCEPT;
import static dev.directsupply.orders.order.OrderAction.AMEND;
import static dev.directsupply.orders.order.OrderAction.APPROVE;
import static dev.directsupply.orders.order.OrderAction.ASK_CLARIFICATION;
import static dev.directsupply.orders.order.OrderAction.ASK_PREPAYMENT;
import static dev.directsupply.orders.order.OrderAction.CANCEL;
import static dev.directsupply.orders.order.OrderAction.CLARIFY;
import static dev.directsupply.orders.order.OrderAction.CLEAR_CREDIT;
import static dev.directsupply.orders.order.OrderAction.CLOSE;
import static dev.directsupply.orders.order.OrderAction.DELIVER;
import static dev.directsupply.orders.order.OrderAction.GET_READY;
import static dev.directsupply.orders.order.OrderAction.HOLD_CREDIT;
import static dev.directsupply.orders.order.OrderAction.RECEIVE_PREPAYMENT;
import static dev.directsupply.orders.order.OrderAction.WATCH_DELAYS;
import static dev.directsupply.orders.order.OrderAction.REVIEW;
import static dev.directsupply.orders.order.OrderAction.RECORD_PROGRESS;
import static dev.directsupply.orders.order.OrderAction.RECHECK_CREDIT;
import static dev.directsupply.orders.order.OrderAction.INFORM;
import static dev.directsupply.orders.order.OrderAction.FOLLOW_UP;
import static dev.directsupply.orders.order.OrderAction.AGREE_DELAY_SOLUTION;
import static dev.directsupply.orders.order.OrderAction.REJECT;
import static dev.directsupply.orders.order.OrderAction.RELEASE;
import static dev.directsupply.orders.order.OrderAction.SHIP;
import static dev.directsupply.orders.order.OrderAction.SHIP_PART;
import static dev.directsupply.orders.order.OrderAction.START_PRODUCTION;
import static dev.directsupply.orders.order.OrderAction.START_REVIEW;
import static dev.directsupply.orders.order.OrderStatus.ACCEPTED;
import static dev.directsupply.orders.order.OrderStatus.APPROVED;
import static dev.directsupply.orders.order.OrderStatus.AWAITING_CLARIFICATION;
import static dev.directsupply.orders.order.OrderStatus.AWAITING_PREPAYMENT;
import static dev.directsupply.orders.order.OrderStatus.CANCELLED;
import static dev.directsupply.orders.order.OrderStatus.CLOSED;
import static dev.directsupply.orders.order.OrderStatus.DELIVERED;
import static dev.directsupply.orders.order.OrderStatus.IN_PRODUCTION;
import static dev.directsupply.orders.order.OrderStatus.ON_CREDIT_HOLD;
import static dev.directsupply.orders.order.OrderStatus.PARTIALLY_SHIPPED;
import static dev.directsupply.orders.order.OrderStatus.READY_TO_SHIP;
import static dev.directsupply.orders.order.OrderStatus.RECEIVED;
import static dev.directsupply.orders.order.OrderStatus.REJECTED;
import static dev.directsupply.orders.order.OrderStatus.RELEASED;
import static dev.directsupply.orders.order.OrderStatus.SHIPPED;
import static dev.directsupply.orders.order.OrderStatus.UNDER_REVIEW;

import dev.directsupply.kernel.statemachine.Guard;
import dev.directsupply.kernel.statemachine.TransitionTable;
import java.util.Set;

/**
 * An order's lifecycle (DS-4.1): received, reviewed (completeness and accuracy, capacity and
 * inventory, credit), approved — or held, waiting for a prepayment or for the customer's answer —
 * released to production, produced, shipped (in parts where agreed), delivered, accepted, closed.
 * It cannot be released without having passed every check for its current revision. A delay warning never
 * holds goods back (DS-4.1.4 asks that the customer be told in advance and a solution negotiated, not that
 * the goods wait): the customer is told within the notice hours or the delay is escalated. Rows that stay in their state
 * say what may happen there without moving it: a review recorded, a credit re-check that still holds, a
 * part prepayment, progress, a look for delays, a delay's solution, news to the customer; the states
 * with a {@code FOLLOW_UP} row are those whose customer is owed regular news (DS-4.1.4).
 * Diagram: {@code docs/state-diagrams/order-lifecycle.md}.
 */
public final class OrderLifecycle {
    static final Guard<Order> REVIEW_PASSED = Guard.of("orders.guard.review-passed", "DS-4.1.2",
        Order::passedReview);
    static final Guard<Order> CREDIT_APPROVED = Guard.of("orders.guard.credit-approved", "DS-4.1.2",
        Order::creditApproved);
    static final Guard<Order> PREPAYMENT_ASKED = Guard.of("orders.guard.prepayment-asked", "DS-6.2.1",
        Order::prepaymentAsked);
    static final Guard<Order> CREDIT_HELD = Guard.of("orders.guard.credit-held", "DS-4.1.2", Order::creditHeld);
    static final Guard<Order> PREPAID = Guard.of("orders.guard.prepaid", "DS-6.2.1", Order::prepaidInFull);
    static final Guard<Order> CREDIT_CLEARED = Guard.of("orders.guard.credit-cleared", "DS-4.1.2",
        Order::creditCleared);
    static final Guard<Order> ALL_READY = Guard.of("orders.guard.all-ready", "DS-4.1.4", order -> order.fulfilment().allReady());
    static final Guard<Order> ALL_SHIPPED = Guard.of("orders.guard.all-shipped", "DS-4.1.4", Order::allShipped);

    public static final TransitionTable<OrderStatus, OrderAction, Order> TABLE = TransitionTable
        .builder("orders.lifecycle", OrderStatus.class, OrderAction.class, Order.class)
        .initial(RECEIVED)
        .from(RECEIVED).on(START_REVIEW).to(UNDER_REVIEW)
        .from(UNDER_REVIEW).on(REVIEW).stays()
        .from(UNDER_REVIEW).on(ASK_CLARIFICATION).to(AWAITING_CLARIFICATION)
        .from(AWAITING_CLARIFICATION).on(CLARIFY).to(UNDER_REVIEW)
        .from(UNDER_REVIEW).on(APPROVE).to(APPROVED).when(REVIEW_PASSED).when(CREDIT_APPROVED)
        .from(UNDER_REVIEW).on(ASK_PREPAYMENT).to(AWAITING_PREPAYMENT).when(REVIEW_PASSED).when(PREPAYMENT_ASKED)
        .from(UNDER_REVIEW).on(HOLD_CREDIT).to(ON_CREDIT_HOLD).when(REVIEW_PASSED).when(CREDIT_HELD)
        .from(ON_CREDIT_HOLD).on(RECHECK_CREDIT).stays()
        .from(ON_CREDIT_HOLD).on(CLEAR_CREDIT).to(APPROVED).when(CREDIT_APPROVED)
        .from(ON_CREDIT_HOLD).on(CLEAR_CREDIT).to(AWAITING_PREPAYMENT).when(PREPAYMENT_ASKED)
        .from(AWAITING_PREPAYMENT).on(RECEIVE_PREPAYMENT).to(APPROVED).when(PREPAID)
        .from(AWAITING_PREPAYMENT).on(RECEIVE_PREPAYMENT).stays()
        .from(UNDER_REVIEW, AWAITING_CLARIFICATION, ON_CREDIT_HOLD).on(REJECT).to(REJECTED)
        .from(RECEIVED, UNDER_REVIEW, AWAITING_CLARIFICATION, ON_CREDIT_HOLD, AWAITING_PREPAYMENT, APPROVED)
            .on(AMEND).to(UNDER_REVIEW)
        .from(APPROVED).on(RELEASE).to(RELEASED).when(REVIEW_PASSED).when(CREDIT_CLEARED)
        .from(RELEASED).on(START_PRODUCTION).to(IN_PRODUCTION)
        .from(RELEASED, IN_PRODUCTION).on(GET_READY).to(READY_TO_SHIP).when(ALL_READY)
        .from(RELEASED, IN_PRODUCTION, READY_TO_SHIP, PARTIALLY_SHIPPED).on(RECORD_PROGRESS).stays()
        .from(RELEASED, IN_PRODUCTION, READY_TO_SHIP, PARTIALLY_SHIPPED).on(WATCH_DELAYS).stays()
        .from(RELEASED, IN_PRODUCTION, READY_TO_SHIP, PARTIALLY_SHIPPED).on(AGREE_DELAY_SOLUTION).stays()
        .from(RELEASED, IN_PRODUCTION, READY_TO_SHIP, PARTIALLY_SHIPPED).on(SHIP_PART).to(PARTIALLY_SHIPPED)
        .from(READY_TO_SHIP, PARTIALLY_SHIPPED).on(SHIP).to(SHIPPED).when(ALL_SHIPPED)
        .from(SHIPPED).on(DELIVER).to(DELIVERED)
        .from(DELIVERED).on(ACCEPT).to(ACCEPTED)
        .from(ACCEPTED).on(CLOSE).to(CLOSED)
        .from(RECEIVED, UNDER_REVIEW, AWAITING_CLARIFICATION, ON_CREDIT_HOLD, AWAITING_PREPAYMENT, APPROVED, RELEASED,
            IN_PRODUCTION, READY_TO_SHIP).on(CANCEL).to(CANCELLED)
        .from(OrderStatus.values()).on(INFORM).stays()
        .from(AWAITING_CLARIFICATION, ON_CREDIT_HOLD, AWAITING_PREPAYMENT, APPROVED, RELEASED, IN_PRODUCTION,
            READY_TO_SHIP, PARTIALLY_SHIPPED, SHIPPED).on(FOLLOW_UP).stays()
        .refusing(RECORD_PROGRESS, order -> new OrderNotInFulfilment(order.id(), order.status()))
        .refusing(AGREE_DELAY_SOLUTION, order -> new OrderNotInFulfilment(order.id(), order.status()))
        .refusing(SHIP_PART, order -> new OrderNotInFulfilment(order.id(), order.status()))
        .build();

    /** Where an order has ended: rejected, closed or cancelled (no row leads on). */
    static final Set<OrderStatus> ENDED = TABLE.finalStates();
    /** Between release and the last shipment: the time a promised date can slip (DS-4.1.4). */
    static final Set<OrderStatus> IN_FULFILMENT = TABLE.statesAllowing(WATCH_DELAYS);
    /** Where the customer is owed regular news (DS-4.1.4): from the review's questions until delivery. */
    static final Set<OrderStatus> FOLLOWED_UP = TABLE.statesAllowing(FOLLOW_UP);

    private OrderLifecycle() {
    }
}
