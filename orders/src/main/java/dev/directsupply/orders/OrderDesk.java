package dev.directsupply.orders;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.ConcurrencyConflict;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.store.AggregateRepository;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Retry;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.orders.internal.OrderDocuments;
import dev.directsupply.orders.order.Amendment;
import dev.directsupply.orders.order.Channel;
import dev.directsupply.orders.order.Communication;
import dev.directsupply.orders.order.CreditStanding;
import dev.directsupply.orders.order.DelaySolutionKind;
import dev.directsupply.orders.order.IdempotencyKeyReused;
import dev.directsupply.orders.order.LineQuantity;
import dev.directsupply.orders.order.LineSupply;
import dev.directsupply.orders.order.LineTracking;
import dev.directsupply.orders.order.Milestone;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderAction;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.OrderLifecycle;
import dev.directsupply.orders.order.OrderLine;
import dev.directsupply.orders.order.OrderParameters;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.Prepayment;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.order.ReviewRecord;
import dev.directsupply.orders.order.Shipment;
import dev.directsupply.orders.order.Urgency;
import dev.directsupply.persistence.DocumentStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Orders as a service (DS-4.1): receipt through named channels with idempotency keys, review
 * (completeness and accuracy, capacity and inventory, credit), clarification with the customer,
 * prepayments and credit holds, release to production, progress, shipments, delivery and acceptance,
 * amendments and cancellations agreed with the customer, delay warnings and the feedback feed. Every
 * call names its actor, is permission-checked and validated, and changes one order in one versioned
 * write with its events and audit entry; a refused call changes nothing.
 */
public final class OrderDesk {
    /** The collection orders are stored in. */
    public static final String ORDERS = "orders";
    /** Attempts per command before a conflict reaches the caller. */
    static final int RETRIES = Retry.ATTEMPTS;
    /** Where an order keeps the production plan made for its release. */
    private static final Set<OrderStatus> KEEPS_ITS_PLAN = EnumSet.of(OrderStatus.APPROVED, OrderStatus.RELEASED,
        OrderStatus.IN_PRODUCTION, OrderStatus.READY_TO_SHIP, OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED,
        OrderStatus.DELIVERED, OrderStatus.ACCEPTED, OrderStatus.CLOSED);

    private final AggregateRepository<Order> orders;
    private final CommandValidator validator;
    private final AccessPolicy access;
    private final OrderParameters parameters;
    private final OrderPorts ports;
    private final OrderReview reviewRules;
    private final Clock clock;

    public OrderDesk(DocumentStore store, CommandValidator validator, AccessPolicy access, OrderParameters parameters,
                     OrderPorts ports, AuditSeal seal, Clock clock) {
        this.orders = new AggregateRepository<>(store, ORDERS, OrderDocuments.ORDERS, JsonEventCodec.INSTANCE, seal,
            clock);
        this.validator = Objects.requireNonNull(validator, "validator");
        this.access = Objects.requireNonNull(access, "access");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.ports = Objects.requireNonNull(ports, "ports");
        this.reviewRules = new OrderReview(ports, parameters);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public OrderParameters parameters() {
        return parameters;
    }

    // --------------------------------------------------------------------------------- receipt

    /**
     * Takes in an order (DS-4.1.1). The same customer and idempotency key give the same order however
     * often and from however many threads it is sent; with other content the key is refused.
     */
    public Order submit(Actor actor, SubmitOrder command) {
        access.check(actor, OrderPermissions.SUBMIT);
        validator.validate(command, OrderDesk::amountsWithinRange);
        OrderId id = OrderId.forSubmission(command.customerId(), command.idempotencyKey());
        String fingerprint = fingerprint(command);
        Optional<Versioned<Order>> earlier = orders.find(id.value());
        if (earlier.isPresent()) {
            return sameSubmission(earlier.get().aggregate(), command, fingerprint);
        }
        ports.customers().find(command.customerId())
            .orElseThrow(() -> new NotFound("customers", command.customerId().value()));
        String agreement = ports.agreements().inForce(command.customerId(), LocalDate.now(clock))
            .map(Agreement::reference).orElse("");
        List<OrderLine> lines = new ArrayList<>(command.lines().size());
        for (int i = 0; i < command.lines().size(); i++) {
            SubmittedLine line = command.lines().get(i);
            lines.add(new OrderLine(i + 1, ProductCode.of(line.product()), strip(line.specification()),
                line.quantity(), line.unit().strip(), money(line.unitPrice())));
        }
        Channel channel = Channel.valueOf(command.channel());
        Urgency urgency = command.urgency() == null ? Urgency.NORMAL : Urgency.valueOf(command.urgency());
        // A lost race finds the winner's order on the next attempt; a transient conflict simply tries again.
        return Retry.onConflict(RETRIES, () -> {
            Optional<Versioned<Order>> winner = orders.find(id.value());
            if (winner.isPresent()) {
                return sameSubmission(winner.get().aggregate(), command, fingerprint);
            }
            Changed<Order> received = Order.receive(id, command.customerId(), command.idempotencyKey(), fingerprint,
                channel, strip(command.customerReference()), agreement, lines, command.requestedDeliveryDate(),
                command.deliveryPlace().strip(), urgency, actor, clock);
            return orders.create(received, actor, "SubmitOrder", List.of()).aggregate();
        });
    }

    /** Each line's amount, and the order's, must be an amount of money the SDK can hold. */
    private static List<Violation> amountsWithinRange(SubmitOrder command) {
        List<Violation> problems = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; command.lines() != null && i < command.lines().size(); i++) {
            SubmittedLine line = command.lines().get(i);
            if (line == null || line.quantity() == null || line.unitPrice() == null) {
                continue;
            }
            BigDecimal amount = line.quantity().multiply(line.unitPrice());
            total = total.add(amount);
            if (amount.compareTo(Money.LIMIT) >= 0) {
                problems.add(Violation.of("lines[" + i + "].quantity", "orders.constraint.amount-too-large",
                    "DS-4.1.1", Map.of("amount", amount.toPlainString())));
            }
        }
        if (problems.isEmpty() && total.compareTo(Money.LIMIT) >= 0) {
            problems.add(Violation.of("lines", "orders.constraint.amount-too-large", "DS-4.1.1",
                Map.of("amount", total.toPlainString())));
        }
        return problems;
    }

    private static Order sameSubmission(Order earlier, SubmitOrder command, String fingerprint) {
        if (!earlier.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReused(earlier.id(), command.idempotencyKey());
        }
        return earlier;
    }

    /** A digest of everything the customer asked for, to tell a repeat from another order. */
    static String fingerprint(SubmitOrder command) {
        StringBuilder content = new StringBuilder(256).append(command.customerId()).append('|')
            .append(command.channel()).append('|').append(strip(command.customerReference())).append('|')
            .append(command.requestedDeliveryDate()).append('|').append(command.deliveryPlace().strip()).append('|')
            .append(command.urgency() == null ? Urgency.NORMAL.name() : command.urgency());
        for (SubmittedLine line : command.lines()) {
            content.append('\n').append(line.product()).append('|').append(strip(line.specification())).append('|')
                .append(line.quantity().stripTrailingZeros().toPlainString()).append('|').append(line.unit().strip())
                .append('|').append(line.unitPrice().stripTrailingZeros().toPlainString());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // ---------------------------------------------------------------------------------- review

    /**
     * Reviews the order (DS-4.1.2): refused if the customer may not order; questions to the customer
     * if anything is incomplete, inaccurate or cannot be supplied in time; otherwise the credit check
     * decides — approved, approved on prepayment, or held with its reasons.
     */
    public Order review(Actor actor, ReviewOrder command) {
        access.check(actor, OrderPermissions.REVIEW);
        validator.validate(command);
        return Retry.onConflict(RETRIES, () -> {
            Versioned<Order> current = orders.get(command.orderId().value());
            Order order = current.aggregate();
            order.requireReviewable();
            Instant now = clock.instant();
            ReviewRecord found = reviewRules.assess(order, actor, now, LocalDate.ofInstant(now, clock.getZone()));
            CreditStanding standing = found.passed()
                ? standing(order, ports.credit().reserve(actor, order.customerId(), order.creditReference(),
                    order.total()), null, "")
                : null;
            Changed<Order> reviewed = order.review(found, standing, actor, clock);
            return saveOrUndoCredit(current, reviewed, standing != null, actor, "ReviewOrder");
        });
    }

    /** Records the customer's answer to the review's questions; an answer may amend the order. */
    public Order answerClarification(Actor actor, AnswerClarification command) {
        access.check(actor, OrderPermissions.COMMUNICATE);
        validator.validate(command, c -> duplicateLines(c.quantities(), LineChange::line, "quantities"));
        Amendment amendment = new Amendment(changes(command.quantities()), command.requestedDeliveryDate(),
            command.deliveryPlace());
        return change(actor, command.orderId(), "AnswerClarification", order -> order.answerClarification(
            command.answer().strip(), amendment, strip(command.contact()), Channel.valueOf(command.channel()), actor,
            clock));
    }

    /** Asks the credit check again for a held order; approved once it passes (DS-4.1.2). Safe to repeat. */
    public Order recheckCredit(Actor actor, RecheckCredit command) {
        access.check(actor, OrderPermissions.REVIEW);
        validator.validate(command);
        return Retry.onConflict(RETRIES, () -> {
            Versioned<Order> current = orders.get(command.orderId().value());
            Order order = current.aggregate();
            if (order.status() != OrderStatus.ON_CREDIT_HOLD) {
                return order;
            }
            CreditAnswer answer = ports.credit().reserve(actor, order.customerId(), order.creditReference(),
                order.total());
            return saveOrUndoCredit(current, order.recheckedCredit(standing(order, answer, null, ""), actor, clock),
                true, actor, "RecheckCredit");
        });
    }

    /** Releases a held order against the credit check (DS-4.1.2): finance only, the reason recorded. */
    public Order overrideCreditHold(Actor actor, OverrideCreditHold command) {
        access.check(actor, OrderPermissions.OVERRIDE_CREDIT_HOLD);
        validator.validate(command);
        String reason = command.reason().strip();
        return Retry.onConflict(RETRIES, () -> {
            Versioned<Order> current = orders.get(command.orderId().value());
            Order order = current.aggregate();
            if (order.status() != OrderStatus.ON_CREDIT_HOLD) {
                throw new IllegalTransition(OrderLifecycle.TABLE.name(), order.status(), OrderAction.CLEAR_CREDIT);
            }
            CreditAnswer answer = ports.credit().override(actor, order.customerId(), order.creditReference(),
                order.total(), reason);
            return saveOrUndoCredit(current, order.recheckedCredit(standing(order, answer, actor.id(), reason), actor,
                clock), true, actor, "OverrideCreditHold");
        });
    }

    /** Records a prepayment; once all of it is there the order is approved (DS-6.2.1). */
    public Order recordPrepayment(Actor actor, RecordPrepayment command) {
        access.check(actor, OrderPermissions.RECORD_PREPAYMENT);
        validator.validate(command);
        Prepayment payment = new Prepayment(command.reference().strip(), command.receivedOn(),
            money(command.amount()));
        return change(actor, command.orderId(), "RecordPrepayment",
            order -> order.receivePrepayment(payment, actor, clock));
    }

    /** Refuses the order, with the reason. */
    public Order reject(Actor actor, RejectOrder command) {
        access.check(actor, OrderPermissions.REVIEW);
        validator.validate(command);
        return change(actor, command.orderId(), "RejectOrder", order -> order.reject(command.reason().strip(), actor,
            clock));
    }

    /** Amends the order before release by agreement with the customer (DS-6.2.2); it is reviewed again. */
    public Order amend(Actor actor, AmendOrder command) {
        access.check(actor, OrderPermissions.AMEND);
        validator.validate(command, c -> {
            List<Violation> problems = new ArrayList<>(duplicateLines(c.quantities(), LineChange::line, "quantities"));
            if ((c.quantities() == null || c.quantities().isEmpty()) && c.requestedDeliveryDate() == null
                && (c.deliveryPlace() == null || c.deliveryPlace().isBlank())) {
                problems.add(Violation.of("quantities", "orders.constraint.nothing-to-amend", "DS-6.2.2", Map.of()));
            }
            return problems;
        });
        Amendment amendment = new Amendment(changes(command.quantities()), command.requestedDeliveryDate(),
            command.deliveryPlace());
        return change(actor, command.orderId(), "AmendOrder", order -> order.amend(amendment,
            command.agreedWith().strip(), strip(command.note()), Channel.valueOf(command.channel()), actor, clock));
    }

    /** Cancels the order by agreement with the customer (DS-6.2.2); its credit is released. */
    public Order cancel(Actor actor, CancelOrder command) {
        access.check(actor, OrderPermissions.AMEND);
        validator.validate(command);
        return change(actor, command.orderId(), "CancelOrder", order -> order.cancel(command.reason().strip(),
            command.agreedWith().strip(), Channel.valueOf(command.channel()), actor, clock));
    }

    // ------------------------------------------------------------------------ release and tracking

    /**
     * Releases an approved order to production (DS-4.1.3): production plans the lines it makes,
     * stock covers the rest, and an order wholly from stock is ready to ship at once.
     */
    public Order release(Actor actor, ReleaseOrder command) {
        access.check(actor, OrderPermissions.RELEASE);
        validator.validate(command);
        return Retry.onConflict(RETRIES, () -> {
            Versioned<Order> current = orders.get(command.orderId().value());
            Order order = current.aggregate();
            order.requireReleasable();
            LocalDate today = LocalDate.now(clock);
            LocalDate neededBy = order.promisedDeliveryDate().minusDays(order.transportDays());
            List<ProductionRequest> requests = new ArrayList<>();
            for (OrderLine line : order.lines()) {
                LineSupply supply = order.review().supplyOf(line.number());
                BigDecimal fromStock = supply.fromStock().min(line.quantity());
                requests.add(new ProductionRequest(line.number(), line.product(), line.specification(), fromStock,
                    line.quantity().subtract(fromStock), line.unit(), neededBy));
            }
            List<PlannedLine> planned = ports.production().plan(order.id(), requests, today);
            try {
                Changed<Order> released = order.release(tracking(order, planned, today),
                    parameters.slackWarningShare(), actor, clock);
                return orders.save(current, released, actor, "ReleaseOrder").aggregate();
            } catch (ConcurrencyConflict overtaken) {
                // Someone changed the order while production planned it. While it is still this revision,
                // approved or released (by the rival, on this plan), the plan stands and the retry reuses
                // it; amended, held, rejected or cancelled, it gives the plan back.
                Order now = orders.get(order.id().value()).aggregate();
                if (now.revision() != order.revision() || !KEEPS_ITS_PLAN.contains(now.status())) {
                    ports.production().withdraw(order.id());
                }
                throw overtaken;
            } catch (RuntimeException refused) {
                // The plan is unusable or the order refused it: nothing is released, so nothing stays booked.
                ports.production().withdraw(order.id());
                throw refused;
            }
        });
    }

    /** Each line's tracking from production's plan, which must cover the line exactly. */
    private static List<LineTracking> tracking(Order order, List<PlannedLine> planned, LocalDate today) {
        List<LineTracking> tracking = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            PlannedLine plan = planned.stream().filter(p -> p.line() == line.number()).findFirst()
                .orElseThrow(() -> new IllegalStateException("production planning returned no plan for line "
                    + line.number() + " of order " + order.id()));
            if (plan.fromStock().add(plan.toProduce()).compareTo(line.quantity()) != 0) {
                throw new IllegalStateException("production planning split line " + line.number() + " of order "
                    + order.id() + " into " + plan.fromStock() + " + " + plan.toProduce() + ", not "
                    + line.quantity());
            }
            tracking.add(new LineTracking(line.number(), line.quantity(), plan.fromStock(), plan.toProduce(),
                today, plan.plannedStart(), plan.plannedFinish(), plan.plannedFinish(), null, null, null));
        }
        return tracking;
    }

    /** Records a line's production milestone (DS-4.1.4); the order follows, and its date is watched. */
    public Order recordProgress(Actor actor, RecordProgress command) {
        access.check(actor, OrderPermissions.RECORD_PROGRESS);
        validator.validate(command, c -> c.projectedFinish() != null && c.on() != null
            && c.projectedFinish().isBefore(c.on())
            ? List.of(Violation.of("projectedFinish", "orders.constraint.projection-before-milestone", "DS-4.1.4",
                Map.of("on", c.on())))
            : List.of());
        return change(actor, command.orderId(), "RecordProgress", order -> order.recordProgress(command.line(),
            Milestone.valueOf(command.milestone()), command.on(), command.projectedFinish(),
            parameters.slackWarningShare(), actor, clock));
    }

    /** Records goods leaving: part of the order, or the rest of it (DS-4.1.4). */
    public Order ship(Actor actor, ShipOrder command) {
        access.check(actor, OrderPermissions.SHIP);
        validator.validate(command, c -> duplicateLines(c.lines(), ShippedLine::line, "lines"));
        Shipment shipment = new Shipment(command.shipmentReference().strip(), command.shippedOn(),
            command.lines().stream().map(line -> new LineQuantity(line.line(), line.quantity())).toList());
        return change(actor, command.orderId(), "ShipOrder", order -> order.ship(shipment, actor, clock));
    }

    /** The customer has the goods. */
    public Order confirmDelivery(Actor actor, ConfirmDelivery command) {
        access.check(actor, OrderPermissions.CONFIRM_DELIVERY);
        validator.validate(command);
        return change(actor, command.orderId(), "ConfirmDelivery",
            order -> order.confirmDelivery(command.deliveredOn(), actor, clock));
    }

    /** The customer accepted the goods; the accepted value is billed (DS-6.1.1). */
    public Order accept(Actor actor, AcceptOrder command) {
        access.check(actor, OrderPermissions.ACCEPT);
        validator.validate(command, c -> duplicateLines(c.lines(), AcceptedLine::line, "lines"));
        List<LineQuantity> accepted = command.lines() == null ? List.of()
            : command.lines().stream().map(line -> new LineQuantity(line.line(), line.quantity())).toList();
        return change(actor, command.orderId(), "AcceptOrder",
            order -> order.accept(command.acceptedOn(), accepted, strip(command.note()), actor, clock));
    }

    /** Closes an accepted order. */
    public Order close(Actor actor, CloseOrder command) {
        access.check(actor, OrderPermissions.ACCEPT);
        validator.validate(command);
        return change(actor, command.orderId(), "CloseOrder", order -> order.close(actor, clock));
    }

    // ------------------------------------------------------------------------ delays and feedback

    /**
     * Looks at every order between release and its last shipment (DS-4.1.4) and raises a delay
     * warning wherever the goods would arrive after the promised date or most of the slack is gone.
     * Returns the orders that got a new warning. Run it daily, or as often as progress arrives.
     */
    public List<Order> detectDelays(Actor actor) {
        access.check(actor, OrderPermissions.RECORD_PROGRESS);
        List<Order> warned = new ArrayList<>();
        for (Versioned<Order> open : orders.findBy("open", "true")) {
            if (!open.aggregate().status().isInFulfilment()) {
                continue;
            }
            Versioned<Order> after = Retry.onConflict(RETRIES, () -> orders.update(open.aggregate().id().value(),
                actor, "DetectDelays", order -> order.watchDelays(parameters.slackWarningShare(), clock)));
            if (after.aggregate().delays().size() > open.aggregate().delays().size()) {
                warned.add(after.aggregate());
            }
        }
        return warned;
    }

    /** Records the solution agreed with the customer for a delay (DS-4.1.4, DS-6.2.2). */
    public Order agreeDelaySolution(Actor actor, AgreeDelaySolution command) {
        access.check(actor, OrderPermissions.COMMUNICATE);
        validator.validate(command, c -> c.newDate() == null && c.solution() != null
            && !DelaySolutionKind.CANCELLATION.name().equals(c.solution())
            ? List.of(Violation.of("newDate", "orders.constraint.new-date-needed", "DS-4.1.4",
                Map.of("solution", c.solution())))
            : List.of());
        return change(actor, command.orderId(), "AgreeDelaySolution", order -> order.agreeDelaySolution(
            DelaySolutionKind.valueOf(command.solution()), command.newDate(), command.agreedWith().strip(),
            strip(command.note()), Channel.valueOf(command.channel()), actor, clock));
    }

    /** Records what the customer was told about the order (DS-4.1.4). */
    public Order giveFeedback(Actor actor, GiveFeedback command) {
        access.check(actor, OrderPermissions.COMMUNICATE);
        validator.validate(command);
        return change(actor, command.orderId(), "GiveFeedback", order -> order.inform(
            Channel.valueOf(command.channel()), strip(command.contact()), command.summary().strip(), actor, clock));
    }

    /**
     * The open orders whose customers are owed news (DS-4.1.4): approved and not yet delivered, and
     * not told anything for longer than their class's interval (CORE daily by default). Soonest due first.
     */
    public List<FeedbackDue> feedbackDue(Actor actor) {
        access.check(actor, OrderPermissions.VIEW);
        LocalDate today = LocalDate.now(clock);
        List<FeedbackDue> due = new ArrayList<>();
        for (Versioned<Order> open : orders.findBy("open", "true")) {
            Order order = open.aggregate();
            if (!order.status().isFollowedUp()) {
                continue;
            }
            StrategicImportance importance = ports.customers().find(order.customerId())
                .map(OrderingCustomer::importance).orElse(StrategicImportance.GENERAL);
            Instant told = order.lastToldCustomer();
            LocalDate dueOn = LocalDate.ofInstant(told, clock.getZone())
                .plusDays(parameters.feedbackIntervalDays(importance));
            if (!dueOn.isAfter(today)) {
                due.add(new FeedbackDue(order.id(), order.customerId(), importance, order.status(), told, dueOn));
            }
        }
        due.sort(Comparator.comparing(FeedbackDue::dueOn).thenComparing(d -> d.orderId().value()));
        return due;
    }

    // ---------------------------------------------------------------------------------- reading

    /** The order, or {@code NotFound}. */
    public Order get(Actor actor, OrderId id) {
        access.check(actor, OrderPermissions.VIEW);
        requireId(id);
        return orders.get(id.value()).aggregate();
    }

    /** The customer's orders, in id order. */
    public List<Order> ofCustomer(Actor actor, CustomerId customer) {
        access.check(actor, OrderPermissions.VIEW);
        requireId(customer);
        return orders.findBy("customerId", customer.value()).stream().map(Versioned::aggregate).toList();
    }

    /** What the customer was told and agreed about the order, and when (DS-4.1.4). */
    public List<Communication> feed(Actor actor, OrderId id) {
        return get(actor, id).communications();
    }

    // -------------------------------------------------------------------------------- mechanics

    /**
     * Saves an order changed after asking the credit check. If someone changed the order meanwhile
     * and it no longer stands at the revision the check was asked for, or has ended, the answer is
     * given back to the check before the conflict goes to the retry: nothing is left reserved for an
     * order revision that will never use it.
     */
    private Order saveOrUndoCredit(Versioned<Order> current, Changed<Order> change, boolean asked, Actor actor,
                                   String action) {
        Order order = current.aggregate();
        try {
            return orders.save(current, change, actor, action).aggregate();
        } catch (ConcurrencyConflict overtaken) {
            if (asked) {
                Order now = orders.get(order.id().value()).aggregate();
                if (now.revision() != order.revision() || !now.status().isOpen()) {
                    ports.credit().release(actor, order.customerId(), order.creditReference(),
                        "order " + order.id() + " moved on while its credit was checked");
                }
            }
            throw overtaken;
        }
    }

    private Order change(Actor actor, OrderId id, String action, Function<Order, Changed<Order>> decide) {
        return Retry.onConflict(RETRIES, () -> orders.update(id.value(), actor, action, decide).aggregate());
    }

    private CreditStanding standing(Order order, CreditAnswer answer, ActorId overriddenBy, String reason) {
        return new CreditStanding(order.revision(), order.creditReference(), answer.outcome(),
            answer.prepaymentRatio(), answer.reasons(), answer.english(), answer.chinese(), clock.instant(),
            overriddenBy, reason);
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, parameters.currency());
    }

    private static List<LineQuantity> changes(List<LineChange> changes) {
        return changes == null ? List.of()
            : changes.stream().map(change -> new LineQuantity(change.line(), change.quantity())).toList();
    }

    /**
     * A line number given twice in the list; null items are skipped (the constraints name them), and
     * indexes stay those of the list as sent.
     */
    private static <T> List<Violation> duplicateLines(List<T> items, ToIntFunction<T> lineOf, String field) {
        if (items == null) {
            return List.of();
        }
        Set<Integer> seen = new HashSet<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item != null && !seen.add(lineOf.applyAsInt(item))) {
                problems.add(Violation.of(field + "[" + i + "].line", "orders.constraint.duplicate-line", "",
                    Map.of("line", lineOf.applyAsInt(item))));
            }
        }
        return problems;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static void requireId(Object id) {
        if (id == null) {
            throw new dev.directsupply.kernel.InvalidCommand("Id",
                List.of(Violation.constraint("id", "NotNull", "")));
        }
    }
}
