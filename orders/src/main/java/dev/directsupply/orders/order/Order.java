package dev.directsupply.orders.order;

import static dev.directsupply.orders.order.OrderAction.ACCEPT;
import static dev.directsupply.orders.order.OrderAction.AGREE_DELAY_SOLUTION;
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
import static dev.directsupply.orders.order.OrderAction.INFORM;
import static dev.directsupply.orders.order.OrderAction.RECEIVE_PREPAYMENT;
import static dev.directsupply.orders.order.OrderAction.RECHECK_CREDIT;
import static dev.directsupply.orders.order.OrderAction.RECORD_PROGRESS;
import static dev.directsupply.orders.order.OrderAction.REJECT;
import static dev.directsupply.orders.order.OrderAction.RELEASE;
import static dev.directsupply.orders.order.OrderAction.REVIEW;
import static dev.directsupply.orders.order.OrderAction.SHIP;
import static dev.directsupply.orders.order.OrderAction.SHIP_PART;
import static dev.directsupply.orders.order.OrderAction.START_PRODUCTION;
import static dev.directsupply.orders.order.OrderAction.START_REVIEW;
import static dev.directsupply.orders.order.OrderAction.WATCH_DELAYS;
import static dev.directsupply.orders.order.OrderLifecycle.TABLE;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.store.Changed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An order from a direct-supply customer (DS-4.1), the aggregate root of this package, made of parts:
 * how it came in ({@link Submission}), what is asked for in its current revision ({@link OrderTerms}),
 * where it stands ({@link OrderLifecycle}), how far it is cleared to go — review, credit, prepayments,
 * questions ({@link Clearance}) — its way to the customer once released ({@link Fulfilment}), and how
 * the customer's news stands ({@link CustomerFeed}). Immutable: each behaviour returns the next order
 * and the events it caused; the lifecycle's table alone says which behaviour may happen now. Its
 * status history is the stream of its {@link OrderMoved} events, and each exchange with the customer a
 * {@link Communicated} event the desk keeps as a {@link FeedEntry}: neither grows the order.
 */
public record Order(OrderId id, Submission submission, OrderTerms terms, OrderStatus status, Clearance clearance,
                    Fulfilment fulfilment, CustomerFeed feed) {

    public Order {
        Require.nonNull(id, "id", submission, "submission", terms, "terms", status, "status", clearance, "clearance",
            fulfilment, "fulfilment", feed, "feed");
    }

    /** Takes in an order as it arrived through its channel (DS-4.1.1). */
    public static Changed<Order> receive(OrderId id, Submission submission, OrderTerms terms) {
        Order order = new Order(id, submission, terms, OrderStatus.RECEIVED, Clearance.none(), Fulfilment.none(),
            new CustomerFeed(0, submission.receivedAt()));
        return Changed.to(order, new OrderReceived(id, submission.customerId(), submission.channel(),
            submission.customerReference(), submission.agreement(), terms, submission.receivedAt()));
    }

    // ------------------------------------------------------------------------------ what it is

    public CustomerId customerId() {
        return submission.customerId();
    }

    public List<OrderLine> lines() {
        return terms.lines();
    }

    public int revision() {
        return terms.revision();
    }

    /** The order's value: quantity × unit price over its lines. */
    public Money total() {
        return terms.total();
    }

    /** The line with the number, or {@link UnknownOrderLine}. */
    public OrderLine line(int number) {
        if (number < 1 || number > lines().size()) {
            throw new UnknownOrderLine(id, number);
        }
        return lines().get(number - 1);
    }

    /** What the credit check knows this revision by: each revision is checked on its own. */
    public CreditReference creditReference() {
        return new CreditReference(id, revision());
    }

    /** Whether the order is still going somewhere. */
    public boolean isOpen() {
        return !OrderLifecycle.ENDED.contains(status);
    }

    /** Between release and the last shipment: the time a promised date can slip (DS-4.1.4). */
    public boolean isInFulfilment() {
        return OrderLifecycle.IN_FULFILMENT.contains(status);
    }

    /** The review of the current revision found nothing (DS-4.1.2). */
    public boolean passedReview() {
        return clearance.passedReview(revision());
    }

    /** The credit check approved the current revision without prepayment. */
    public boolean creditApproved() {
        return clearance.creditIs(revision(), CreditOutcome.APPROVED);
    }

    /** The credit check approved the current revision on condition of a prepayment. */
    public boolean prepaymentAsked() {
        return clearance.creditIs(revision(), CreditOutcome.APPROVED_WITH_PREPAYMENT);
    }

    /** The credit check held the current revision. */
    public boolean creditHeld() {
        return clearance.creditIs(revision(), CreditOutcome.HOLD);
    }

    /** Everything received in prepayments. */
    public Money prepaid() {
        return clearance.prepaid(total().currency());
    }

    /** A prepayment is asked and has arrived in full. */
    public boolean prepaidInFull() {
        return clearance.prepaidInFull();
    }

    /** Credit is settled for the current revision: approved outright, or prepaid as asked. */
    public boolean creditCleared() {
        return creditApproved() || prepaymentAsked() && prepaidInFull();
    }

    /** The released line's plan and progress, or {@link UnknownOrderLine}. */
    public LineTracking tracking(int line) {
        return fulfilment.tracking(line).orElseThrow(() -> new UnknownOrderLine(id, line));
    }

    /** Every line has left in full. */
    public boolean allShipped() {
        return lines().stream().allMatch(line -> fulfilment.shipped(line.number()).compareTo(line.quantity()) >= 0);
    }

    /** When the goods will arrive, as far as can be told on the day; null before release. */
    public LocalDate projectedDelivery(LocalDate today) {
        LocalDate ready = fulfilment.projectedReady(today);
        return ready == null ? null : ready.plusDays(clearance.transportDays());
    }

    /** How the order stands, one sentence per line, in the language: for feedback to the customer. */
    public List<String> progressReport(Locale locale, LocalDate today) {
        List<String> report = new ArrayList<>();
        String reference = submission.customerReference();
        report.add(Messages.text("orders.report.status", locale, Map.of("order", id, "status", status,
            "reference", reference.isEmpty() ? "—" : reference)));
        LocalDate promised = fulfilment.promisedDeliveryDate();
        if (promised != null) {
            LocalDate projected = projectedDelivery(today);
            report.add(Messages.text("orders.report.dates", locale, Map.of("promised", promised,
                "projected", projected == null ? "—" : projected.toString())));
        }
        for (OrderLine line : lines()) {
            String progress = fulfilment.tracking(line.number()).map(tracked -> lineProgress(tracked, locale))
                .orElse("—");
            report.add(Messages.text("orders.report.line", locale, Map.of("line", line.number(), "product",
                line.product(), "quantity", line.quantity(), "unit", line.unit(), "shipped",
                fulfilment.shipped(line.number()), "progress", progress)));
        }
        fulfilment.openDelay().ifPresent(delay -> report.add(Messages.text("orders.report.delay", locale, Map.of(
            "severity", delay.severity(), "projected", delay.projectedDelivery()))));
        if (status == OrderStatus.ON_CREDIT_HOLD && clearance.credit() != null) {
            report.addAll(clearance.credit().explain(locale));
        }
        return report;
    }

    private static String lineProgress(LineTracking line, Locale locale) {
        if (!line.isProduced()) {
            return Messages.text("orders.report.from-stock", locale, Map.of());
        }
        Milestone reached = line.packedOn() != null ? Milestone.PACKED : line.finishedOn() != null
            ? Milestone.PRODUCTION_FINISHED : line.startedOn() != null ? Milestone.PRODUCTION_STARTED : null;
        return reached == null ? Messages.text("orders.report.planned", locale, Map.of("start", line.plannedStart()))
            : reached.label(locale);
    }

    // ---------------------------------------------------------------------------------- review

    /**
     * Records a review of the current revision (DS-4.1.2), starting it if the order was only received:
     * refused outright, questions to the customer, or the credit check's answer — approved, waiting for
     * a prepayment, or held.
     *
     * @param standing the credit check's answer; needed only when the review found nothing
     */
    public Changed<Order> review(ReviewRecord found, CreditStanding standing, Actor actor, Clock clock) {
        if (found.revision() != revision()) {
            throw new IllegalArgumentException("the review is of revision " + found.revision() + ", the order is at "
                + revision());
        }
        Draft next = new Draft(this, actor, clock);
        if (status == OrderStatus.RECEIVED) {
            next.move(START_REVIEW, "");
        }
        TABLE.require(next.status, REVIEW);
        next.clearance = clearance.reviewed(found);
        if (found.refuses()) {
            List<String> reasons = found.findings().stream().filter(ReviewFinding::rejects)
                .map(finding -> finding.message(Messages.ENGLISH)).toList();
            next.move(REJECT, String.join("; ", reasons));
            next.events.add(new OrderRejected(id, customerId(), revision(), reasons, next.now));
        } else if (!found.passed()) {
            int number = clearance.clarifications().size() + 1;
            next.clearance = next.clearance.asked(new Clarification(number, found.findings(), next.now, actor.id(),
                "", null, null));
            next.tell(CommunicationKind.CLARIFICATION_REQUEST, true, submission.channel(), "", String.join("; ",
                found.findings().stream().map(finding -> finding.message(Messages.ENGLISH)).toList()));
            next.move(ASK_CLARIFICATION, found.findings().size() + " question(s)");
            next.events.add(new ClarificationRequested(id, customerId(), number, found.findings(), next.now));
        } else {
            Objects.requireNonNull(standing, "a review that found nothing carries the credit check's answer");
            next.credit(standing, false);
        }
        return next.done();
    }

    /**
     * Records the credit check's new answer for a held order (DS-4.1.2): it passed again, or finance
     * overrode the hold. Anything else — another revision, an order no longer held, the same reasons —
     * changes nothing, so the answer may safely arrive more than once.
     */
    public Changed<Order> recheckedCredit(CreditStanding standing, Actor actor, Clock clock) {
        if (!TABLE.declares(status, RECHECK_CREDIT) || standing.revision() != revision()) {
            return Changed.nothing(this);
        }
        Draft next = new Draft(this, actor, clock);
        if (standing.isHeld()) {
            if (clearance.credit() != null && clearance.credit().reasons().equals(standing.reasons())) {
                return Changed.nothing(this);
            }
            next.clearance = clearance.credited(standing);
            next.events.add(new CreditChecked(id, customerId(), revision(), standing.outcome(), standing.reasons(),
                false, next.now));
            return next.done();
        }
        next.credit(standing, true);
        return next.done();
    }

    /** Records the customer's answer to the open questions; an answer may amend the order (DS-4.1.2). */
    public Changed<Order> answerClarification(String answer, Amendment amendment, String agreedWith,
                                              Channel through, Actor actor, Clock clock) {
        TABLE.require(status, CLARIFY);
        Clarification open = clearance.openClarification()
            .orElseThrow(() -> new IllegalStateException("an order awaiting clarification has an open question"));
        Draft next = new Draft(this, actor, clock);
        next.clearance = clearance.answered(answer, next.now, actor.id());
        next.tell(CommunicationKind.CLARIFICATION_ANSWER, false, through, agreedWith, answer);
        List<String> changes = amendment == null ? List.of() : amendment.changesTo(this);
        if (!changes.isEmpty()) {
            next.amend(amendment, changes, agreedWith);
        }
        next.move(CLARIFY, answer);
        next.events.add(new ClarificationAnswered(id, customerId(), open.number(), answer, !changes.isEmpty(),
            next.now));
        return next.done();
    }

    /**
     * Amends the order by agreement with the customer (DS-6.2.2) before release; it becomes a new
     * revision that is reviewed again, and the previous revision's credit is released.
     */
    public Changed<Order> amend(Amendment amendment, String agreedWith, String note, Channel through, Actor actor,
                                Clock clock) {
        TABLE.require(status, AMEND);
        List<String> changes = amendment.changesTo(this);
        if (changes.isEmpty()) {
            return Changed.nothing(this);
        }
        Draft next = new Draft(this, actor, clock);
        next.amend(amendment, changes, agreedWith);
        next.tell(CommunicationKind.AMENDMENT, false, through, agreedWith,
            String.join("; ", changes) + (note.isBlank() ? "" : " — " + note));
        next.move(AMEND, note);
        return next.done();
    }

    /** Records a prepayment; once it is all there, the order is approved (DS-6.2.1). */
    public Changed<Order> receivePrepayment(Prepayment payment, Actor actor, Clock clock) {
        Optional<Prepayment> earlier = clearance.prepayment(payment.reference());
        if (earlier.isPresent()) {
            if (earlier.get().equals(payment)) {
                return Changed.nothing(this);
            }
            throw new ReferenceReused(id, payment.reference());
        }
        TABLE.require(status, RECEIVE_PREPAYMENT);
        Draft next = new Draft(this, actor, clock);
        next.clearance = clearance.paid(payment);
        next.events.add(new PrepaymentReceived(id, customerId(), payment, next.clearance.prepaid(
            total().currency()), next.now));
        if (next.clearance.prepaidInFull()) {
            next.fulfilment = fulfilment.promising(terms.requestedDeliveryDate());
            next.move(RECEIVE_PREPAYMENT, payment.reference());
        }
        return next.done();
    }

    /** Throws unless the order can be reviewed now: received, or under review. */
    void requireReviewable() {
        if (status != OrderStatus.RECEIVED) {
            TABLE.require(status, REVIEW);
        }
    }

    /** Throws unless the order can be released now, naming the state or the guard that stops it. */
    void requireReleasable() {
        TABLE.next(status, RELEASE, this);
    }

    /** Refuses the order, with the reason. */
    public Changed<Order> reject(String reason, Actor actor, Clock clock) {
        Draft next = new Draft(this, actor, clock);
        next.move(REJECT, reason);
        next.events.add(new OrderRejected(id, customerId(), revision(), List.of(reason), next.now));
        return next.done();
    }

    // ------------------------------------------------------------------------ release and tracking

    /**
     * Releases the approved order to production with a plan per line (DS-4.1.3); lines wholly from
     * stock are ready at once, and an order wholly from stock is ready to ship.
     */
    public Changed<Order> release(List<LineTracking> plan, BigDecimal slackWarningShare, Actor actor, Clock clock) {
        TABLE.require(status, RELEASE);
        if (plan.size() != lines().size()) {
            throw new IllegalArgumentException("a plan has one entry per line: " + lines().size() + ", not "
                + plan.size());
        }
        Draft next = new Draft(this, actor, clock);
        next.fulfilment = fulfilment.released(plan);
        next.move(RELEASE, "");
        LocalDate ready = next.fulfilment.projectedReady(next.today);
        LocalDate promised = fulfilment.promisedDeliveryDate();
        next.fulfilment = next.fulfilment.withSlack(Math.max(0, ChronoUnit.DAYS.between(
            ready.plusDays(clearance.transportDays()), promised)));
        next.events.add(new OrderReleased(id, customerId(), revision(), promised, ready, plan, next.now));
        if (next.fulfilment.allReady()) {
            next.move(GET_READY, "");
        }
        next.watch(slackWarningShare);
        return next.done();
    }

    /**
     * Records a milestone of a line (DS-4.1.4): the order follows — in production at the first
     * report, ready to ship once every line is — and the promised date is checked again.
     *
     * @param newProjection the finish production now projects, or null to keep its projection
     */
    public Changed<Order> recordProgress(int line, Milestone milestone, LocalDate on, LocalDate newProjection,
                                         BigDecimal slackWarningShare, Actor actor, Clock clock) {
        TABLE.require(status, RECORD_PROGRESS, this);
        LineTracking current = tracking(line);
        if (!current.isProduced()) {
            throw new NothingToProduce(id, line);
        }
        if (on.isBefore(current.releasedOn())) {
            throw new DateOutOfOrder(id, "on", on, current.releasedOn());
        }
        LineTracking reached = current.reached(milestone, on, newProjection);
        if (reached.equals(current)) {
            return Changed.nothing(this);
        }
        Draft next = new Draft(this, actor, clock);
        next.fulfilment = fulfilment.progressed(reached);
        next.events.add(new ProgressRecorded(id, customerId(), line, milestone, on, reached.projectedFinish(),
            next.now));
        if (next.status == OrderStatus.RELEASED) {
            next.move(START_PRODUCTION, "line " + line);
        }
        if (next.status == OrderStatus.IN_PRODUCTION && next.fulfilment.allReady()) {
            next.move(GET_READY, "");
        }
        next.watch(slackWarningShare);
        return next.done();
    }

    /**
     * Looks ahead on the day (DS-4.1.4): if the goods would arrive after the promised date, or the
     * slack is used up beyond the share, a delay warning is raised — once per severity.
     */
    public Changed<Order> watchDelays(BigDecimal slackWarningShare, Clock clock) {
        return watchDelays(slackWarningShare, Integer.MAX_VALUE, clock);
    }

    /**
     * As {@link #watchDelays(BigDecimal, Clock)}, and escalates, once, an open warning the customer has not been
     * told of within the notice hours (DS-4.1.4).
     */
    public Changed<Order> watchDelays(BigDecimal slackWarningShare, int noticeHours, Clock clock) {
        if (!TABLE.declares(status, WATCH_DELAYS)) {
            return Changed.nothing(this);
        }
        Draft next = new Draft(this, null, clock);
        next.watch(slackWarningShare);
        next.fulfilment.openDelay().filter(open -> open.escalatedAt() == null)
            .filter(open -> open.isNoticeOverdue(next.now, noticeHours)).ifPresent(open -> {
                next.fulfilment = next.fulfilment.openDelayChanged(warning -> warning.escalated(next.now));
                next.events.add(new DelayNoticeOverdue(id, customerId(), open.number(), open.raisedAt(), next.now));
            });
        return next.events.isEmpty() ? Changed.nothing(this) : next.done();
    }

    /**
     * Records that the customer was told of the open delay (DS-4.1.4), ahead of the solution: the warning is no
     * longer escalated. Shipping does not wait for it.
     */
    public Changed<Order> tellOfDelay(Channel through, String contact, String summary, Actor actor, Clock clock) {
        TABLE.require(status, INFORM);
        DelayWarning open = fulfilment.openDelay().orElseThrow(() -> new NoOpenDelay(id));
        Draft next = new Draft(this, actor, clock);
        next.fulfilment = fulfilment.openDelayChanged(warning -> warning.told(next.now));
        next.tell(CommunicationKind.DELAY_NOTICE, true, through, contact, summary);
        next.events.add(new DelayToldToCustomer(id, customerId(), open.number(), through, next.now));
        return next.done();
    }

    /**
     * Records the solution agreed with the customer for the open delay (DS-4.1.4, DS-6.2.2): a new
     * date, a partial delivery now and the rest by a new date, a substitution, or cancellation.
     *
     * @param newDate the new promised date (for a partial delivery, of the rest); ignored for a cancellation
     */
    public Changed<Order> agreeDelaySolution(DelaySolutionKind kind, LocalDate newDate, String agreedWith, String note,
                                             Channel through, Actor actor, Clock clock) {
        TABLE.require(status, AGREE_DELAY_SOLUTION, this);
        DelayWarning open = fulfilment.openDelay().orElseThrow(() -> new NoOpenDelay(id));
        boolean cancelling = kind == DelaySolutionKind.CANCELLATION;
        if (!cancelling && newDate == null) {
            throw new IllegalArgumentException(kind + " needs the new date");
        }
        if (cancelling) {
            TABLE.require(status, CANCEL);
        }
        Draft next = new Draft(this, actor, clock);
        LocalDate projected = projectedDelivery(next.today);
        if (!cancelling && newDate.isBefore(projected)) {
            throw new NewDateStillLate(id, newDate, projected);
        }
        next.fulfilment = fulfilment.solved(new DelaySolution(kind, newDate, agreedWith, note, actor.id(),
            next.now));
        next.tell(CommunicationKind.DELAY_SOLUTION, true, through, agreedWith, kind.label(Messages.ENGLISH)
            + (cancelling || newDate == null ? "" : " " + newDate) + (note.isBlank() ? "" : " — " + note));
        next.events.add(new DelaySolutionAgreed(id, customerId(), open.number(), kind, newDate, agreedWith,
            next.now));
        if (cancelling) {
            next.move(CANCEL, note);
            next.events.add(new OrderCancelled(id, customerId(), revision(), note, agreedWith, next.now));
        } else {
            next.fulfilment = next.fulfilment.promising(newDate).withSlack(ChronoUnit.DAYS.between(projected,
                newDate));
        }
        return next.done();
    }

    /** Records goods leaving: part of the order, or the rest of it (DS-4.1.4). */
    public Changed<Order> ship(Shipment shipment, Actor actor, Clock clock) {
        Optional<Shipment> earlier = fulfilment.shipment(shipment.reference());
        if (earlier.isPresent()) {
            if (earlier.get().isSameAs(shipment)) {
                return Changed.nothing(this);
            }
            throw new ReferenceReused(id, shipment.reference());
        }
        TABLE.require(status, SHIP_PART, this);
        LocalDate releasedOn = fulfilment.tracking().get(0).releasedOn();
        if (shipment.shippedOn().isBefore(releasedOn)) {
            throw new DateOutOfOrder(id, "shippedOn", shipment.shippedOn(), releasedOn);
        }
        for (LineQuantity quantity : shipment.lines()) {
            LineTracking line = tracking(quantity.line());
            BigDecimal left = line.readyQuantity().subtract(fulfilment.shipped(quantity.line()));
            if (quantity.quantity().compareTo(left) > 0) {
                throw new NotReadyToShip(id, quantity.line(), left.max(BigDecimal.ZERO), quantity.quantity());
            }
        }
        Draft next = new Draft(this, actor, clock);
        next.fulfilment = fulfilment.shipped(shipment);
        boolean complete = next.build().allShipped();
        next.move(complete ? SHIP : SHIP_PART, shipment.reference());
        next.events.add(new OrderShipped(id, customerId(), shipment, complete, next.now));
        return next.done();
    }

    /** The customer has the goods. */
    public Changed<Order> confirmDelivery(LocalDate on, Actor actor, Clock clock) {
        TABLE.require(status, DELIVER);
        LocalDate lastShipped = fulfilment.lastShipped();
        if (on.isBefore(lastShipped)) {
            throw new DateOutOfOrder(id, "deliveredOn", on, lastShipped);
        }
        Draft next = new Draft(this, actor, clock);
        next.fulfilment = fulfilment.handedOver(new Handover(on, null));
        next.move(DELIVER, "");
        next.events.add(new OrderDelivered(id, customerId(), revision(), on, next.now));
        return next.done();
    }

    /**
     * The customer accepted the goods: what was shipped, except the lines given with the quantity
     * accepted. The accepted value, less the prepayments, is what is billed; prepayments beyond it are
     * a refund due.
     */
    public Changed<Order> accept(LocalDate on, List<LineQuantity> accepted, String note, Actor actor, Clock clock) {
        TABLE.require(status, ACCEPT);
        LocalDate deliveredOn = fulfilment.handover().deliveredOn();
        if (on.isBefore(deliveredOn)) {
            throw new DateOutOfOrder(id, "acceptedOn", on, deliveredOn);
        }
        List<LineQuantity> quantities = new ArrayList<>();
        for (OrderLine line : lines()) {
            quantities.add(new LineQuantity(line.number(), fulfilment.shipped(line.number())));
        }
        for (LineQuantity quantity : accepted) {
            BigDecimal shipped = fulfilment.shipped(line(quantity.line()).number());
            if (quantity.quantity().compareTo(shipped) > 0) {
                throw new MoreThanShipped(id, quantity.line(), shipped, quantity.quantity());
            }
            quantities.set(quantity.line() - 1, quantity);
        }
        Money value = Money.zero(total().currency());
        for (LineQuantity quantity : quantities) {
            value = value.plus(line(quantity.line()).unitPrice().times(quantity.quantity()));
        }
        Draft next = new Draft(this, actor, clock);
        next.fulfilment = fulfilment.handedOver(new Handover(deliveredOn, new Acceptance(on, quantities, note,
            actor.id())));
        next.move(ACCEPT, note);
        next.events.add(new OrderAccepted(id, customerId(), revision(), value, prepaid(), on, next.now));
        return next.done();
    }

    /** Closes an accepted order. */
    public Changed<Order> close(Actor actor, Clock clock) {
        Draft next = new Draft(this, actor, clock);
        next.move(CLOSE, "");
        return next.done();
    }

    /** Cancels the order by agreement with the customer (DS-6.2.2); its credit is released. */
    public Changed<Order> cancel(String reason, String agreedWith, Channel through, Actor actor, Clock clock) {
        TABLE.require(status, CANCEL);
        Draft next = new Draft(this, actor, clock);
        next.tell(CommunicationKind.CANCELLATION, false, through, agreedWith, reason);
        next.move(CANCEL, reason);
        next.events.add(new OrderCancelled(id, customerId(), revision(), reason, agreedWith, next.now));
        return next.done();
    }

    /** Records what the customer was told about the order (DS-4.1.4): the feedback feed. */
    public Changed<Order> inform(Channel through, String contact, String summary, Actor actor, Clock clock) {
        TABLE.require(status, INFORM);
        Draft next = new Draft(this, actor, clock);
        next.tell(CommunicationKind.FEEDBACK, true, through, contact, summary);
        return next.done();
    }

    /** The order being changed by one behaviour, part by part, and the events it raises. */
    private static final class Draft {
        private final Order from;
        private final ActorId by;
        final Instant now;
        final LocalDate today;
        final List<DomainEvent> events = new ArrayList<>(4);
        OrderTerms terms;
        OrderStatus status;
        Clearance clearance;
        Fulfilment fulfilment;
        CustomerFeed feed;

        Draft(Order order, Actor actor, Clock clock) {
            from = order;
            by = actor == null ? null : actor.id();
            now = clock.instant();
            today = LocalDate.ofInstant(now, clock.getZone());
            terms = order.terms;
            status = order.status;
            clearance = order.clearance;
            fulfilment = order.fulfilment;
            feed = order.feed;
        }

        Order build() {
            return new Order(from.id, from.submission, terms, status, clearance, fulfilment, feed);
        }

        Changed<Order> done() {
            return Changed.to(build(), events);
        }

        /** Moves as the lifecycle decides for the order as drafted so far, and publishes the move. */
        void move(OrderAction action, String note) {
            OrderStatus to = TABLE.next(status, action, build());
            events.add(new OrderMoved(from.id, from.customerId(), new StatusChange(status, to, action, by, note),
                terms.revision(), now));
            status = to;
        }

        /** One more exchange with the customer, kept as a record of its own. */
        void tell(CommunicationKind kind, boolean toCustomer, Channel through, String contact, String summary) {
            Communication communication = new Communication(now, by, kind, toCustomer, through, contact, summary);
            feed = feed.after(communication);
            events.add(new Communicated(from.id, from.customerId(), feed.exchanges(), communication, now));
        }

        /** The credit check's answer: approved, waiting for a prepayment, or held. */
        void credit(CreditStanding standing, boolean wasHeld) {
            clearance = clearance.credited(standing);
            events.add(new CreditChecked(from.id, from.customerId(), terms.revision(), standing.outcome(),
                standing.reasons(), standing.override() != null, now));
            String note = standing.override() == null ? standing.outcome().name()
                : "override by " + standing.override().by() + ": " + standing.override().reason();
            switch (standing.outcome()) {
                case APPROVED -> {
                    fulfilment = fulfilment.promising(terms.requestedDeliveryDate());
                    move(wasHeld ? CLEAR_CREDIT : APPROVE, note);
                }
                case APPROVED_WITH_PREPAYMENT -> {
                    Money due = terms.total().times(standing.prepaymentRatio());
                    clearance = clearance.asking(due);
                    events.add(new PrepaymentRequested(from.id, from.customerId(), due, standing.prepaymentRatio(),
                        now));
                    move(wasHeld ? CLEAR_CREDIT : ASK_PREPAYMENT, note);
                    if (clearance.prepaidInFull()) {
                        fulfilment = fulfilment.promising(terms.requestedDeliveryDate());
                        move(RECEIVE_PREPAYMENT, "prepaid before");
                    }
                }
                case HOLD -> move(HOLD_CREDIT, String.join(", ", standing.reasons()));
            }
        }

        /** A new revision with the amendment's changes; the previous revision's credit is to be released. */
        void amend(Amendment amendment, List<String> changes, String agreedWith) {
            int previous = terms.revision();
            terms = terms.amended(amendment);
            clearance = clearance.asking(null);
            fulfilment = fulfilment.promising(null);
            events.add(new OrderAmended(from.id, from.customerId(), previous, terms.revision(), changes, agreedWith,
                now));
        }

        /** Raises a delay warning when the promised date is missed or most of its slack is gone (DS-4.1.4). */
        void watch(BigDecimal share) {
            LocalDate promised = fulfilment.promisedDeliveryDate();
            if (!TABLE.declares(status, WATCH_DELAYS) || promised == null || !fulfilment.isReleased()) {
                return;
            }
            LocalDate projected = build().projectedDelivery(today);
            long slack = ChronoUnit.DAYS.between(projected, promised);
            long atRelease = fulfilment.slackAtRelease();
            DelaySeverity severity;
            BigDecimal used;
            if (slack < 0) {
                severity = DelaySeverity.LATE;
                used = BigDecimal.ONE;
            } else if (atRelease > 0) {
                BigDecimal gone = BigDecimal.valueOf(atRelease - slack).max(BigDecimal.ZERO);
                if (gone.compareTo(share.multiply(BigDecimal.valueOf(atRelease))) < 0) {
                    return;
                }
                used = gone.divide(BigDecimal.valueOf(atRelease), 2, RoundingMode.HALF_UP);
                severity = DelaySeverity.AT_RISK;
            } else {
                return;
            }
            Optional<DelayWarning> open = fulfilment.openDelay();
            if (open.isPresent() && open.get().severity().compareTo(severity) >= 0) {
                return;
            }
            DelayWarning warning = new DelayWarning(fulfilment.delays().size() + 1, severity,
                new DelayWarning.Forecast(promised, projected, slack, used), now, null, null, null);
            fulfilment = fulfilment.warned(warning);
            events.add(new DelayWarningRaised(from.id, from.customerId(), warning, now));
        }
    }
}
