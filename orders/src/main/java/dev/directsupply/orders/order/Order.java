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
import static dev.directsupply.orders.order.OrderAction.REJECT;
import static dev.directsupply.orders.order.OrderAction.RELEASE;
import static dev.directsupply.orders.order.OrderAction.SHIP;
import static dev.directsupply.orders.order.OrderAction.SHIP_PART;
import static dev.directsupply.orders.order.OrderAction.START_PRODUCTION;
import static dev.directsupply.orders.order.OrderAction.START_REVIEW;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.statemachine.IllegalTransition;
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
 * An order from a direct-supply customer (DS-4.1), the aggregate root of this package: what was
 * ordered, through which channel, for when and where; its review, credit standing and prepayments;
 * its plan and progress per line once released; the delays foreseen and what was agreed about them;
 * shipments, delivery and acceptance; and every exchange with the customer. Immutable: each behaviour
 * returns the next order and the events it caused, its state changes decided by {@link OrderLifecycle}.
 *
 * @param idempotencyKey   the key it was submitted with; the same key and content give this order again
 * @param fingerprint      a digest of the submitted content, to tell a repeat from a different order
 * @param customerReference the customer's own order number, if it gave one
 * @param agreement        the cooperation agreement in force when it arrived, empty when there was none
 * @param revision         1, raised by each amendment; a review and a credit answer count for one revision
 * @param review           the last review, or null before the first
 * @param credit           the credit check's last answer, or null before the first
 * @param prepaymentDue    what the customer pays before release when credit asks for it, else null
 * @param promisedDeliveryDate the date promised to the customer: the requested date once approved,
 *                         later a date agreed over a delay; null before approval
 * @param tracking         one entry per line once released; empty before
 * @param slackAtRelease   days between the projected and the promised delivery when the slack was
 *                         last set (release, or a new date agreed)
 * @param deliveredOn      null until delivered
 * @param acceptance       null until accepted
 */
public record Order(OrderId id, CustomerId customerId, String idempotencyKey, String fingerprint, Channel channel,
                    String customerReference, String agreement, List<OrderLine> lines, LocalDate requestedDeliveryDate,
                    String deliveryPlace, Urgency urgency, int revision, OrderStatus status, ReviewRecord review,
                    CreditStanding credit, Money prepaymentDue, List<Prepayment> prepayments,
                    LocalDate promisedDeliveryDate, List<LineTracking> tracking, long slackAtRelease,
                    List<DelayWarning> delays, List<Clarification> clarifications, List<Shipment> shipments,
                    LocalDate deliveredOn, Acceptance acceptance, List<Communication> communications,
                    List<StatusChange> history, ActorId receivedBy, Instant receivedAt) {

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(channel, "channel");
        customerReference = customerReference == null ? "" : customerReference;
        agreement = agreement == null ? "" : agreement;
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() != i + 1) {
                throw new IllegalArgumentException("order lines are numbered 1, 2, … in order");
            }
        }
        Objects.requireNonNull(requestedDeliveryDate, "requestedDeliveryDate");
        Objects.requireNonNull(deliveryPlace, "deliveryPlace");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(status, "status");
        prepayments = List.copyOf(prepayments);
        tracking = List.copyOf(tracking);
        delays = List.copyOf(delays);
        clarifications = List.copyOf(clarifications);
        shipments = List.copyOf(shipments);
        communications = List.copyOf(communications);
        history = List.copyOf(history);
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Takes in an order as it arrived through its channel (DS-4.1.1). */
    public static Changed<Order> receive(OrderId id, CustomerId customer, String idempotencyKey, String fingerprint,
                                         Channel channel, String customerReference, String agreement,
                                         List<OrderLine> lines, LocalDate requestedDeliveryDate, String deliveryPlace,
                                         Urgency urgency, Actor actor, Clock clock) {
        Instant now = clock.instant();
        Order order = new Order(id, customer, idempotencyKey, fingerprint, channel, customerReference, agreement, lines,
            requestedDeliveryDate, deliveryPlace, urgency, 1, OrderStatus.RECEIVED, null, null, null, List.of(), null,
            List.of(), 0, List.of(), List.of(), List.of(), null, null, List.of(),
            List.of(new StatusChange(null, OrderStatus.RECEIVED, null, actor.id(), now, channel.name())), actor.id(),
            now);
        return Changed.to(order, new OrderReceived(id, customer, channel, order.customerReference(),
            order.agreement(), order.total(), lines.size(), requestedDeliveryDate, deliveryPlace, urgency, now));
    }

    // ------------------------------------------------------------------------------ what it is

    /** The order's value: quantity × unit price over its lines. */
    public Money total() {
        Money total = Money.zero(lines.get(0).unitPrice().currency());
        for (OrderLine line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }

    /** The line with the number, or {@link UnknownOrderLine}. */
    public OrderLine line(int number) {
        if (number < 1 || number > lines.size()) {
            throw new UnknownOrderLine(id, number);
        }
        return lines.get(number - 1);
    }

    /** The reference the credit check knows this revision by: each revision is checked on its own. */
    public String creditReference() {
        return creditReferenceOf(revision);
    }

    private String creditReferenceOf(int someRevision) {
        return id.value() + ":r" + someRevision;
    }

    /** The review of the current revision found nothing (DS-4.1.2). */
    public boolean passedReview() {
        return review != null && review.revision() == revision && review.passed();
    }

    private boolean creditIs(CreditOutcome outcome) {
        return credit != null && credit.revision() == revision && credit.outcome() == outcome;
    }

    /** The credit check approved the current revision without prepayment. */
    public boolean creditApproved() {
        return creditIs(CreditOutcome.APPROVED);
    }

    /** The credit check approved the current revision on condition of a prepayment. */
    public boolean prepaymentAsked() {
        return creditIs(CreditOutcome.APPROVED_WITH_PREPAYMENT);
    }

    /** The credit check held the current revision. */
    public boolean creditHeld() {
        return creditIs(CreditOutcome.HOLD);
    }

    /** Everything received in prepayments. */
    public Money prepaid() {
        Money sum = Money.zero(total().currency());
        for (Prepayment prepayment : prepayments) {
            sum = sum.plus(prepayment.amount());
        }
        return sum;
    }

    /** A prepayment is asked and has arrived in full. */
    public boolean prepaidInFull() {
        return prepaymentDue != null && prepaid().isAtLeast(prepaymentDue);
    }

    /** Credit is settled for the current revision: approved outright, or prepaid as asked. */
    public boolean creditCleared() {
        return creditApproved() || prepaymentAsked() && prepaidInFull();
    }

    /** The delay warning that still waits for a solution agreed with the customer. */
    public Optional<DelayWarning> openDelay() {
        for (int i = delays.size() - 1; i >= 0; i--) {
            if (delays.get(i).isOpen()) {
                return Optional.of(delays.get(i));
            }
        }
        return Optional.empty();
    }

    /** The clarification that waits for the customer's answer. */
    public Optional<Clarification> openClarification() {
        return clarifications.isEmpty() || clarifications.get(clarifications.size() - 1).isAnswered()
            ? Optional.empty() : Optional.of(clarifications.get(clarifications.size() - 1));
    }

    /** The released line's plan and progress, or {@link UnknownOrderLine}. */
    public LineTracking tracking(int line) {
        for (LineTracking entry : tracking) {
            if (entry.line() == line) {
                return entry;
            }
        }
        throw new UnknownOrderLine(id, line);
    }

    /** Released, and every line can leave. */
    public boolean allReady() {
        return !tracking.isEmpty() && tracking.stream().allMatch(LineTracking::isReady);
    }

    /** How much of the line has left. */
    public BigDecimal shipped(int line) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Shipment shipment : shipments) {
            for (LineQuantity quantity : shipment.lines()) {
                if (quantity.line() == line) {
                    sum = sum.add(quantity.quantity());
                }
            }
        }
        return sum;
    }

    /** Every line has left in full. */
    public boolean allShipped() {
        return lines.stream().allMatch(line -> shipped(line.number()).compareTo(line.quantity()) >= 0);
    }

    /** How long transport to the delivery place takes, as the last review found. */
    public int transportDays() {
        return review == null ? 0 : review.transportDays();
    }

    /** When the last line will be ready, as far as can be told on the day; null before release. */
    public LocalDate projectedReady(LocalDate today) {
        LocalDate latest = null;
        for (LineTracking line : tracking) {
            LocalDate ready = line.projectedReady(today);
            if (latest == null || ready.isAfter(latest)) {
                latest = ready;
            }
        }
        return latest;
    }

    /** When the goods will arrive, as far as can be told on the day; null before release. */
    public LocalDate projectedDelivery(LocalDate today) {
        LocalDate ready = projectedReady(today);
        return ready == null ? null : ready.plusDays(transportDays());
    }

    /** When the customer was last told something about the order, or when it was received. */
    public Instant lastToldCustomer() {
        Instant last = receivedAt;
        for (Communication communication : communications) {
            if (communication.toCustomer() && communication.at().isAfter(last)) {
                last = communication.at();
            }
        }
        return last;
    }

    /** How the order stands, one sentence per line, in the language: for feedback to the customer. */
    public List<String> progressReport(Locale locale, LocalDate today) {
        List<String> report = new ArrayList<>();
        report.add(Messages.text("orders.report.status", locale, Map.of("order", id, "status", status,
            "reference", customerReference.isEmpty() ? "—" : customerReference)));
        if (promisedDeliveryDate != null) {
            LocalDate projected = projectedDelivery(today);
            report.add(Messages.text("orders.report.dates", locale, Map.of("promised", promisedDeliveryDate,
                "projected", projected == null ? "—" : projected.toString())));
        }
        for (OrderLine line : lines) {
            String progress = tracking.isEmpty() ? "—" : lineProgress(tracking(line.number()), locale);
            report.add(Messages.text("orders.report.line", locale, Map.of("line", line.number(), "product",
                line.product(), "quantity", line.quantity(), "unit", line.unit(), "shipped", shipped(line.number()),
                "progress", progress)));
        }
        openDelay().ifPresent(delay -> report.add(Messages.text("orders.report.delay", locale, Map.of(
            "severity", delay.severity(), "projected", delay.projectedDelivery()))));
        if (credit != null && credit.isHeld() && status == OrderStatus.ON_CREDIT_HOLD) {
            report.addAll(credit.explain(locale));
        }
        return report;
    }

    private static String lineProgress(LineTracking line, Locale locale) {
        Milestone reached = line.packedOn() != null ? Milestone.PACKED : line.finishedOn() != null
            ? Milestone.PRODUCTION_FINISHED : line.startedOn() != null ? Milestone.PRODUCTION_STARTED : null;
        if (!line.isProduced()) {
            return Messages.text("orders.report.from-stock", locale, Map.of());
        }
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
        requireReviewable();
        if (found.revision() != revision) {
            throw new IllegalArgumentException("the review is of revision " + found.revision() + ", the order is at "
                + revision);
        }
        Instant now = clock.instant();
        Draft next = new Draft(this);
        if (status == OrderStatus.RECEIVED) {
            next.move(START_REVIEW, actor.id(), now, "");
        }
        next.review = found;
        if (found.refuses()) {
            List<String> reasons = found.findings().stream().filter(ReviewFinding::rejects)
                .map(finding -> finding.message(Messages.ENGLISH)).toList();
            next.move(REJECT, actor.id(), now, String.join("; ", reasons));
            next.events.add(new OrderRejected(id, customerId, creditReference(), reasons, now));
        } else if (!found.passed()) {
            int number = clarifications.size() + 1;
            next.clarifications.add(new Clarification(number, found.findings(), now, actor.id(), "", null, null));
            next.communications.add(new Communication(now, actor.id(), CommunicationKind.CLARIFICATION_REQUEST, true,
                channel, "", String.join("; ", found.findings().stream()
                    .map(finding -> finding.message(Messages.ENGLISH)).toList())));
            next.move(ASK_CLARIFICATION, actor.id(), now, found.findings().size() + " question(s)");
            next.events.add(new ClarificationRequested(id, customerId, number, found.findings(), now));
        } else {
            Objects.requireNonNull(standing, "a review that found nothing carries the credit check's answer");
            next.credit(standing, false, actor.id(), now);
        }
        return next.done();
    }

    /**
     * Records the credit check's new answer for a held order (DS-4.1.2): it passed again, or finance
     * overrode the hold. Anything else — another revision, an order no longer held, the same reasons —
     * changes nothing, so the answer may safely arrive more than once.
     */
    public Changed<Order> recheckedCredit(CreditStanding standing, Actor actor, Clock clock) {
        if (status != OrderStatus.ON_CREDIT_HOLD || standing.revision() != revision) {
            return Changed.nothing(this);
        }
        Instant now = clock.instant();
        Draft next = new Draft(this);
        if (standing.isHeld()) {
            if (credit != null && credit.reasons().equals(standing.reasons())) {
                return Changed.nothing(this);
            }
            next.credit = standing;
            next.events.add(new CreditChecked(id, customerId, standing.reference(), standing.outcome(),
                standing.prepaymentRatio(), standing.reasons(), false, now));
            return next.done();
        }
        next.credit(standing, true, actor.id(), now);
        return next.done();
    }

    /** Records the customer's answer to the open questions; an answer may amend the order (DS-4.1.2). */
    public Changed<Order> answerClarification(String answer, Amendment amendment, String agreedWith,
                                              Channel through, Actor actor, Clock clock) {
        Clarification open = openClarification().filter(c -> status == OrderStatus.AWAITING_CLARIFICATION)
            .orElseThrow(() -> new IllegalTransition(OrderLifecycle.TABLE.name(), status, CLARIFY));
        Instant now = clock.instant();
        Draft next = new Draft(this);
        next.clarifications.set(next.clarifications.size() - 1, open.answered(answer, now, actor.id()));
        next.communications.add(new Communication(now, actor.id(), CommunicationKind.CLARIFICATION_ANSWER, false,
            through, agreedWith, answer));
        List<String> changes = amendment == null ? List.of() : amendment.changesTo(this);
        if (!changes.isEmpty()) {
            next.amend(amendment, changes, agreedWith, now);
        }
        next.move(CLARIFY, actor.id(), now, answer);
        next.events.add(new ClarificationAnswered(id, customerId, open.number(), answer, !changes.isEmpty(), now));
        return next.done();
    }

    /**
     * Amends the order by agreement with the customer (DS-6.2.2) before release; it becomes a new
     * revision that is reviewed again, and the previous revision's credit is released.
     */
    public Changed<Order> amend(Amendment amendment, String agreedWith, String note, Channel through, Actor actor,
                                Clock clock) {
        require(AMEND);
        List<String> changes = amendment.changesTo(this);
        if (changes.isEmpty()) {
            return Changed.nothing(this);
        }
        Instant now = clock.instant();
        Draft next = new Draft(this);
        next.amend(amendment, changes, agreedWith, now);
        next.communications.add(new Communication(now, actor.id(), CommunicationKind.AMENDMENT, false, through,
            agreedWith, String.join("; ", changes) + (note.isBlank() ? "" : " — " + note)));
        next.move(AMEND, actor.id(), now, note);
        return next.done();
    }

    /** Records a prepayment; once it is all there, the order is approved (DS-6.2.1). */
    public Changed<Order> receivePrepayment(Prepayment payment, Actor actor, Clock clock) {
        for (Prepayment earlier : prepayments) {
            if (earlier.reference().equals(payment.reference())) {
                if (earlier.equals(payment)) {
                    return Changed.nothing(this);
                }
                throw new ReferenceReused(id, payment.reference());
            }
        }
        if (status != OrderStatus.AWAITING_PREPAYMENT) {
            throw new IllegalTransition(OrderLifecycle.TABLE.name(), status, RECEIVE_PREPAYMENT);
        }
        Instant now = clock.instant();
        Draft next = new Draft(this);
        next.prepayments.add(payment);
        Order paid = next.build();
        next.events.add(new PrepaymentReceived(id, customerId, payment.reference(), payment.amount(), paid.prepaid(),
            now));
        if (paid.prepaidInFull()) {
            next.promisedDeliveryDate = requestedDeliveryDate;
            next.move(RECEIVE_PREPAYMENT, actor.id(), now, payment.reference());
        }
        return next.done();
    }

    /** Refuses the order, with the reason. */
    public Changed<Order> reject(String reason, Actor actor, Clock clock) {
        require(REJECT);
        Instant now = clock.instant();
        Draft next = new Draft(this);
        next.move(REJECT, actor.id(), now, reason);
        next.events.add(new OrderRejected(id, customerId, creditReference(), List.of(reason), now));
        return next.done();
    }

    // ------------------------------------------------------------------------ release and tracking

    /**
     * Releases the approved order to production with a plan per line (DS-4.1.3); lines wholly from
     * stock are ready at once, and an order wholly from stock is ready to ship.
     */
    public Changed<Order> release(List<LineTracking> plan, BigDecimal slackWarningShare, Actor actor, Clock clock) {
        require(RELEASE);
        if (plan.size() != lines.size()) {
            throw new IllegalArgumentException("a plan has one entry per line: " + lines.size() + ", not " + plan.size());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Draft next = new Draft(this);
        next.tracking = new ArrayList<>(plan);
        next.move(RELEASE, actor.id(), now, "");
        Order released = next.build();
        LocalDate ready = released.projectedReady(today);
        next.slackAtRelease = Math.max(0, ChronoUnit.DAYS.between(released.projectedDelivery(today),
            promisedDeliveryDate));
        next.events.add(new OrderReleased(id, customerId, creditReference(), promisedDeliveryDate, ready, plan, now));
        if (released.allReady()) {
            next.move(GET_READY, actor.id(), now, "");
        }
        next.watch(slackWarningShare, today, now);
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
        if (!status.isInFulfilment()) {
            throw new OrderNotInFulfilment(id, status);
        }
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
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Draft next = new Draft(this);
        next.tracking.set(next.tracking.indexOf(current), reached);
        next.events.add(new ProgressRecorded(id, customerId, line, milestone, on, reached.projectedFinish(), now));
        if (next.status == OrderStatus.RELEASED) {
            next.move(START_PRODUCTION, actor.id(), now, "line " + line);
        }
        if (next.status == OrderStatus.IN_PRODUCTION && next.build().allReady()) {
            next.move(GET_READY, actor.id(), now, "");
        }
        next.watch(slackWarningShare, today, now);
        return next.done();
    }

    /**
     * Looks ahead on the day (DS-4.1.4): if the goods would arrive after the promised date, or the
     * slack is used up beyond the share, a delay warning is raised — once per severity.
     */
    public Changed<Order> watchDelays(BigDecimal slackWarningShare, Clock clock) {
        Instant now = clock.instant();
        Draft next = new Draft(this);
        next.watch(slackWarningShare, LocalDate.ofInstant(now, clock.getZone()), now);
        return next.events.isEmpty() ? Changed.nothing(this) : next.done();
    }

    /**
     * Records the solution agreed with the customer for the open delay (DS-4.1.4, DS-6.2.2): a new
     * date, a partial delivery now and the rest by a new date, a substitution, or cancellation.
     *
     * @param newDate the new promised date (for a partial delivery, of the rest); ignored for a cancellation
     */
    public Changed<Order> agreeDelaySolution(DelaySolutionKind kind, LocalDate newDate, String agreedWith, String note,
                                             Channel through, Actor actor, Clock clock) {
        if (!status.isInFulfilment()) {
            throw new OrderNotInFulfilment(id, status);
        }
        DelayWarning open = openDelay().orElseThrow(() -> new NoOpenDelay(id));
        if (kind != DelaySolutionKind.CANCELLATION && newDate == null) {
            throw new IllegalArgumentException(kind + " needs the new date");
        }
        if (kind == DelaySolutionKind.CANCELLATION) {
            require(CANCEL);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate projected = projectedDelivery(today);
        if (newDate != null && kind != DelaySolutionKind.CANCELLATION && newDate.isBefore(projected)) {
            throw new NewDateStillLate(id, newDate, projected);
        }
        Draft next = new Draft(this);
        DelaySolution solution = new DelaySolution(kind, newDate, agreedWith, note, actor.id(), now);
        for (int i = 0; i < next.delays.size(); i++) {
            if (next.delays.get(i).isOpen()) {
                next.delays.set(i, next.delays.get(i).solved(solution));
            }
        }
        next.communications.add(new Communication(now, actor.id(), CommunicationKind.DELAY_SOLUTION, true, through,
            agreedWith, kind.label(Messages.ENGLISH) + (newDate == null ? "" : " " + newDate)
                + (note.isBlank() ? "" : " — " + note)));
        next.events.add(new DelaySolutionAgreed(id, customerId, open.number(), kind, newDate, agreedWith, now));
        if (kind == DelaySolutionKind.CANCELLATION) {
            next.move(CANCEL, actor.id(), now, note);
            next.events.add(new OrderCancelled(id, customerId, creditReference(), note, agreedWith, now));
        } else if (newDate != null) {
            next.promisedDeliveryDate = newDate;
            next.slackAtRelease = ChronoUnit.DAYS.between(projected, newDate);
        }
        return next.done();
    }

    /** Records goods leaving: part of the order, or the rest of it (DS-4.1.4). */
    public Changed<Order> ship(Shipment shipment, Actor actor, Clock clock) {
        for (Shipment earlier : shipments) {
            if (earlier.reference().equals(shipment.reference())) {
                if (earlier.isSameAs(shipment)) {
                    return Changed.nothing(this);
                }
                throw new ReferenceReused(id, shipment.reference());
            }
        }
        if (!status.isInFulfilment()) {
            throw new OrderNotInFulfilment(id, status);
        }
        LocalDate releasedOn = tracking.get(0).releasedOn();
        if (shipment.shippedOn().isBefore(releasedOn)) {
            throw new DateOutOfOrder(id, "shippedOn", shipment.shippedOn(), releasedOn);
        }
        for (LineQuantity quantity : shipment.lines()) {
            LineTracking line = tracking(quantity.line());
            BigDecimal left = line.readyQuantity().subtract(shipped(quantity.line()));
            if (quantity.quantity().compareTo(left) > 0) {
                throw new NotReadyToShip(id, quantity.line(), left.max(BigDecimal.ZERO), quantity.quantity());
            }
        }
        Instant now = clock.instant();
        Draft next = new Draft(this);
        next.shipments.add(shipment);
        boolean complete = next.build().allShipped();
        next.move(complete ? SHIP : SHIP_PART, actor.id(), now, shipment.reference());
        next.events.add(new OrderShipped(id, customerId, shipment.reference(), shipment.shippedOn(), shipment.lines(),
            complete, now));
        return next.done();
    }

    /** The customer has the goods. */
    public Changed<Order> confirmDelivery(LocalDate on, Actor actor, Clock clock) {
        require(DELIVER);
        LocalDate lastShipped = shipments.stream().map(Shipment::shippedOn).max(LocalDate::compareTo).orElseThrow();
        if (on.isBefore(lastShipped)) {
            throw new DateOutOfOrder(id, "deliveredOn", on, lastShipped);
        }
        Instant now = clock.instant();
        Draft next = new Draft(this);
        next.deliveredOn = on;
        next.move(DELIVER, actor.id(), now, "");
        next.events.add(new OrderDelivered(id, customerId, creditReference(), on, now));
        return next.done();
    }

    /**
     * The customer accepted the goods: what was shipped, except the lines given with the quantity
     * accepted. The accepted value, less the prepayments, is what is billed; prepayments beyond it are
     * named as a refund due.
     */
    public Changed<Order> accept(LocalDate on, List<LineQuantity> accepted, String note, Actor actor, Clock clock) {
        require(ACCEPT);
        if (on.isBefore(deliveredOn)) {
            throw new DateOutOfOrder(id, "acceptedOn", on, deliveredOn);
        }
        List<LineQuantity> quantities = new ArrayList<>();
        for (OrderLine line : lines) {
            BigDecimal shipped = shipped(line.number());
            quantities.add(new LineQuantity(line.number(), shipped));
        }
        for (LineQuantity quantity : accepted) {
            BigDecimal shipped = shipped(line(quantity.line()).number());
            if (quantity.quantity().compareTo(shipped) > 0) {
                throw new MoreThanShipped(id, quantity.line(), shipped, quantity.quantity());
            }
            quantities.set(quantity.line() - 1, quantity);
        }
        Money value = Money.zero(total().currency());
        for (LineQuantity quantity : quantities) {
            value = value.plus(line(quantity.line()).unitPrice().times(quantity.quantity()));
        }
        Instant now = clock.instant();
        Draft next = new Draft(this);
        next.acceptance = new Acceptance(on, quantities, note, actor.id());
        next.move(ACCEPT, actor.id(), now, note);
        Money refundDue = prepaid().isAtLeast(value) ? prepaid().minus(value) : Money.zero(value.currency());
        next.events.add(new OrderAccepted(id, customerId, creditReference(), value, prepaid(), refundDue, on, now));
        return next.done();
    }

    /** Closes an accepted order. */
    public Changed<Order> close(Actor actor, Clock clock) {
        require(CLOSE);
        Draft next = new Draft(this);
        next.move(CLOSE, actor.id(), clock.instant(), "");
        return next.done();
    }

    /** Cancels the order by agreement with the customer (DS-6.2.2); its credit is released. */
    public Changed<Order> cancel(String reason, String agreedWith, Channel through, Actor actor, Clock clock) {
        require(CANCEL);
        Instant now = clock.instant();
        Draft next = new Draft(this);
        next.communications.add(new Communication(now, actor.id(), CommunicationKind.CANCELLATION, false, through,
            agreedWith, reason));
        next.move(CANCEL, actor.id(), now, reason);
        next.events.add(new OrderCancelled(id, customerId, creditReference(), reason, agreedWith, now));
        return next.done();
    }

    /** Records what the customer was told about the order (DS-4.1.4): the feedback feed. */
    public Changed<Order> inform(Channel through, String contact, String summary, Actor actor, Clock clock) {
        Instant now = clock.instant();
        Draft next = new Draft(this);
        next.communications.add(new Communication(now, actor.id(), CommunicationKind.FEEDBACK, true, through, contact,
            summary));
        next.events.add(new CustomerInformed(id, customerId, through, summary, now));
        return next.done();
    }

    /** Throws unless the order can be reviewed now: received, or under review. */
    public void requireReviewable() {
        if (status != OrderStatus.RECEIVED && status != OrderStatus.UNDER_REVIEW) {
            throw new IllegalTransition(OrderLifecycle.TABLE.name(), status, START_REVIEW);
        }
    }

    /** Throws unless the order can be released now, naming the state or the guard that stops it. */
    public void requireReleasable() {
        OrderLifecycle.TABLE.next(status, RELEASE, this);
    }

    private void require(OrderAction action) {
        if (!OrderLifecycle.TABLE.declares(status, action)) {
            throw new IllegalTransition(OrderLifecycle.TABLE.name(), status, action);
        }
    }

    /** The order being changed by one behaviour, and the events it raises. */
    private static final class Draft {
        private final Order from;
        final List<DomainEvent> events = new ArrayList<>();
        List<OrderLine> lines;
        LocalDate requestedDeliveryDate;
        String deliveryPlace;
        int revision;
        OrderStatus status;
        ReviewRecord review;
        CreditStanding credit;
        Money prepaymentDue;
        final List<Prepayment> prepayments;
        LocalDate promisedDeliveryDate;
        List<LineTracking> tracking;
        long slackAtRelease;
        final List<DelayWarning> delays;
        final List<Clarification> clarifications;
        final List<Shipment> shipments;
        LocalDate deliveredOn;
        Acceptance acceptance;
        final List<Communication> communications;
        final List<StatusChange> history;

        Draft(Order order) {
            from = order;
            lines = order.lines;
            requestedDeliveryDate = order.requestedDeliveryDate;
            deliveryPlace = order.deliveryPlace;
            revision = order.revision;
            status = order.status;
            review = order.review;
            credit = order.credit;
            prepaymentDue = order.prepaymentDue;
            prepayments = new ArrayList<>(order.prepayments);
            promisedDeliveryDate = order.promisedDeliveryDate;
            tracking = new ArrayList<>(order.tracking);
            slackAtRelease = order.slackAtRelease;
            delays = new ArrayList<>(order.delays);
            clarifications = new ArrayList<>(order.clarifications);
            shipments = new ArrayList<>(order.shipments);
            deliveredOn = order.deliveredOn;
            acceptance = order.acceptance;
            communications = new ArrayList<>(order.communications);
            history = new ArrayList<>(order.history);
        }

        Order build() {
            return new Order(from.id, from.customerId, from.idempotencyKey, from.fingerprint, from.channel,
                from.customerReference, from.agreement, lines, requestedDeliveryDate, deliveryPlace, from.urgency, revision, status,
                review, credit, prepaymentDue, prepayments, promisedDeliveryDate, tracking, slackAtRelease, delays,
                clarifications, shipments, deliveredOn, acceptance, communications, history, from.receivedBy,
                from.receivedAt);
        }

        Changed<Order> done() {
            return Changed.to(build(), events);
        }

        /** Moves as the lifecycle decides for the order as drafted so far, and records the step. */
        void move(OrderAction action, ActorId by, Instant now, String note) {
            OrderStatus to = OrderLifecycle.TABLE.next(status, action, build());
            history.add(new StatusChange(status, to, action, by, now, note));
            events.add(new OrderMoved(from.id, from.customerId, status, to, action, revision, note, now));
            status = to;
        }

        /** The credit check's answer: approved, waiting for a prepayment, or held. */
        void credit(CreditStanding standing, boolean wasHeld, ActorId by, Instant now) {
            credit = standing;
            events.add(new CreditChecked(from.id, from.customerId, standing.reference(), standing.outcome(),
                standing.prepaymentRatio(), standing.reasons(), standing.overriddenBy() != null, now));
            String note = standing.overriddenBy() == null ? standing.outcome().name()
                : "override by " + standing.overriddenBy() + ": " + standing.overrideReason();
            switch (standing.outcome()) {
                case APPROVED -> {
                    promisedDeliveryDate = requestedDeliveryDate;
                    move(wasHeld ? CLEAR_CREDIT : APPROVE, by, now, note);
                }
                case APPROVED_WITH_PREPAYMENT -> {
                    Money total = build().total();
                    prepaymentDue = total.times(standing.prepaymentRatio());
                    events.add(new PrepaymentRequested(from.id, from.customerId, prepaymentDue,
                        standing.prepaymentRatio(), now));
                    move(wasHeld ? CLEAR_CREDIT : ASK_PREPAYMENT, by, now, note);
                    if (build().prepaidInFull()) {
                        promisedDeliveryDate = requestedDeliveryDate;
                        move(RECEIVE_PREPAYMENT, by, now, "prepaid before");
                    }
                }
                case HOLD -> move(HOLD_CREDIT, by, now, String.join(", ", standing.reasons()));
            }
        }

        /** A new revision with the amendment's changes; the previous revision's credit is to be released. */
        void amend(Amendment amendment, List<String> changes, String agreedWith, Instant now) {
            int previous = revision;
            List<OrderLine> amended = new ArrayList<>(lines);
            for (LineQuantity quantity : amendment.quantities()) {
                OrderLine line = amended.get(quantity.line() - 1);
                amended.set(quantity.line() - 1, new OrderLine(line.number(), line.product(), line.specification(),
                    quantity.quantity(), line.unit(), line.unitPrice()));
            }
            lines = amended;
            if (amendment.requestedDeliveryDate() != null) {
                requestedDeliveryDate = amendment.requestedDeliveryDate();
            }
            if (amendment.deliveryPlace() != null) {
                deliveryPlace = amendment.deliveryPlace();
            }
            revision = previous + 1;
            prepaymentDue = null;
            promisedDeliveryDate = null;
            events.add(new OrderAmended(from.id, from.customerId, previous, from.creditReferenceOf(previous), revision,
                changes, agreedWith, now));
        }

        /** Raises a delay warning when the promised date is missed or most of its slack is gone (DS-4.1.4). */
        void watch(BigDecimal share, LocalDate today, Instant now) {
            if (!status.isInFulfilment() || promisedDeliveryDate == null || tracking.isEmpty()) {
                return;
            }
            Order order = build();
            LocalDate projected = order.projectedDelivery(today);
            long slack = ChronoUnit.DAYS.between(projected, promisedDeliveryDate);
            DelaySeverity severity;
            BigDecimal used;
            if (slack < 0) {
                severity = DelaySeverity.LATE;
                used = BigDecimal.ONE;
            } else if (slackAtRelease > 0) {
                BigDecimal gone = BigDecimal.valueOf(slackAtRelease - slack).max(BigDecimal.ZERO);
                if (gone.compareTo(share.multiply(BigDecimal.valueOf(slackAtRelease))) < 0) {
                    return;
                }
                used = gone.divide(BigDecimal.valueOf(slackAtRelease), 2, RoundingMode.HALF_UP);
                severity = DelaySeverity.AT_RISK;
            } else {
                return;
            }
            Optional<DelayWarning> open = order.openDelay();
            if (open.isPresent() && open.get().severity().compareTo(severity) >= 0) {
                return;
            }
            int number = delays.size() + 1;
            delays.add(new DelayWarning(number, severity, promisedDeliveryDate, projected, slack, used, now, null));
            events.add(new DelayWarningRaised(from.id, from.customerId, number, severity, promisedDeliveryDate,
                projected, slack, now));
        }
    }
}
