package dev.directsupply.orders.order;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerPermissions;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ConcurrencyConflict;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.service.Accepted;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.service.Work;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Checkpoint;
import dev.directsupply.kernel.store.CollectionVerification;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.orders.order.internal.OrderDocuments;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Orders as a service (DS-4.1): receipt through named channels with idempotency keys, review
 * (completeness and accuracy, capacity and inventory, credit), clarification with the customer,
 * prepayments and credit holds, release to production, progress, shipments, delivery and acceptance,
 * amendments and cancellations agreed with the customer, delay warnings and the feedback feed. Every
 * command goes through the kernel's pipeline: permission, validation, decision, one atomic write of the
 * order with its events, audit entry and feed entries; a refused call changes nothing, and a call to
 * another module made on the way (credit reserved, production planned) is given back when the write
 * does not happen.
 */
public final class OrderDesk {
    /** The collection orders are stored in. */
    public static final String ORDERS = "orders";
    /** The collection the exchanges of orders' feeds are stored in, one document each. */
    public static final String FEED = "order-feed";

    private final Pipeline pipeline;
    private final Aggregates<Order> orders;
    private final Aggregates<FeedEntry> feed;
    private final OrderParameters parameters;
    private final OrderPorts ports;
    private final OrderReview reviewRules;
    private final Clock clock;
    /** Gives back the credit of a revision overtaken while it was checked: the system's reaction, not the user's. */
    private final Actor system;

    public OrderDesk(Pipeline pipeline, OrderParameters parameters, OrderPorts ports) {
        this.pipeline = pipeline;
        // DS-7.2.2: an order is in the scope of those who reach its customer; its feed is read through it.
        this.orders = pipeline.aggregates(ORDERS, OrderDocuments.ORDERS).scopedBy(order -> order.customerId().value());
        this.feed = pipeline.aggregates(FEED, OrderDocuments.FEED);
        this.parameters = parameters;
        this.ports = ports;
        this.reviewRules = new OrderReview(ports, parameters);
        this.clock = pipeline.clock();
        this.system = pipeline.systemActor("orders");
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
        Accepted<SubmitOrder> accepted = pipeline.acceptToWrite(actor, command);
        OrderId id = OrderId.forSubmission(command.customerId(), command.idempotencyKey());
        String fingerprint = fingerprint(command);
        Instant now = clock.instant();
        String agreement = ports.agreements().inForce(command.customerId(), LocalDate.ofInstant(now, clock.getZone()))
            .map(AgreedTerms::reference).orElse("");
        Submission submission = new Submission(command.customerId(), Channel.valueOf(command.channel()),
            strip(command.customerReference()), new Submission.Idempotency(command.idempotencyKey(), fingerprint),
            agreement, actor.id(), now);
        OrderTerms terms = new OrderTerms(lines(command), command.requestedDeliveryDate(),
            command.deliveryPlace().strip(), command.urgency() == null ? Urgency.NORMAL
            : Urgency.valueOf(command.urgency()), 1);
        // A repeat, or a lost race, finds the earlier order; the checks run in the attempt, on its copies.
        return accepted.write(work -> {
            ports.customers().find(command.customerId())
                .orElseThrow(() -> new NotFound("customers", command.customerId().value()));
            pipeline.requireInScope(actor, command.permission(), command.customerId().value());
            Optional<Versioned<Order>> earlier = work.findExpectingNone(orders, id.value());
            if (earlier.isPresent()) {
                return sameSubmission(earlier.get().aggregate(), command, fingerprint);
            }
            return work.create(orders, Order.receive(id, submission, terms));
        });
    }

    private List<OrderLine> lines(SubmitOrder command) {
        List<OrderLine> lines = new ArrayList<>(command.lines().size());
        for (int i = 0; i < command.lines().size(); i++) {
            SubmittedLine line = command.lines().get(i);
            lines.add(new OrderLine(i + 1, ProductCode.of(line.product()), strip(line.specification()),
                line.quantity(), line.unit().strip(), money(line.unitPrice())));
        }
        return lines;
    }

    private static Order sameSubmission(Order earlier, SubmitOrder command, String fingerprint) {
        if (!earlier.submission().idempotency().fingerprint().equals(fingerprint)) {
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
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<Order> current = work.get(orders, command.orderId());
            Order order = current.aggregate();
            order.requireReviewable();
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            // Read once: the review checks the order against these terms, and the credit standing adds their prepayment.
            Optional<AgreedTerms> agreed = ports.agreements().inForce(order.customerId(), today);
            ReviewRecord found = reviewRules.assess(order, agreed, actor, now, today);
            CreditStanding standing = null;
            if (found.passed()) {
                standing = standing(order, ports.credit().reserve(actor, order.customerId(), order.creditReference(),
                    order.total()), null, agreed);
                giveCreditBackIfOvertaken(work, order);
            }
            return save(work, current, order.review(found, standing, actor, clock));
        });
    }

    /** Records the customer's answer to the review's questions; an answer may amend the order. */
    public Order answerClarification(Actor actor, AnswerClarification command) {
        return change(actor, command, order -> order.answerClarification(command.answer().strip(),
            new Amendment(changes(command.quantities()), command.requestedDeliveryDate(), command.deliveryPlace()),
            strip(command.contact()), Channel.valueOf(command.channel()), actor, clock));
    }

    /** Asks the credit check again for a held order; approved once it passes (DS-4.1.2). Safe to repeat. */
    public Order recheckCredit(Actor actor, RecheckCredit command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<Order> current = work.get(orders, command.orderId());
            Order order = current.aggregate();
            if (!OrderLifecycle.TABLE.declares(order.status(), OrderAction.RECHECK_CREDIT)) {
                return order;
            }
            CreditAnswer answer = ports.credit().reserve(actor, order.customerId(), order.creditReference(),
                order.total());
            giveCreditBackIfOvertaken(work, order);
            return save(work, current, order.recheckedCredit(standing(order, answer, null), actor, clock));
        });
    }

    /** Releases a held order against the credit check (DS-4.1.2): finance only, the reason recorded. */
    public Order overrideCreditHold(Actor actor, OverrideCreditHold command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<Order> current = work.get(orders, command.orderId());
            Order order = current.aggregate();
            OrderLifecycle.TABLE.require(order.status(), OrderAction.CLEAR_CREDIT);
            pipeline.requireSeparate(actor, command.permission(), OrderPermissions.SUBMIT_THEN_OVERRIDE_HOLD,
                order.submission().receivedBy());
            String reason = command.reason().strip();
            CreditAnswer answer = ports.credit().override(actor, order.customerId(), order.creditReference(),
                order.total(), reason);
            giveCreditBackIfOvertaken(work, order);
            return save(work, current, order.recheckedCredit(standing(order, answer,
                new CreditStanding.Override(actor.id(), reason)), actor, clock));
        });
    }

    /** Records a prepayment; once all of it is there the order is approved (DS-6.2.1). */
    public Order recordPrepayment(Actor actor, RecordPrepayment command) {
        return change(actor, command, order -> order.receivePrepayment(new Prepayment(command.reference().strip(),
            command.receivedOn(), money(command.amount())), actor, clock));
    }

    /** Refuses the order, with the reason. */
    public Order reject(Actor actor, RejectOrder command) {
        return change(actor, command, order -> order.reject(command.reason().strip(), actor, clock));
    }

    /** Amends the order before release by agreement with the customer (DS-6.2.2); it is reviewed again. */
    public Order amend(Actor actor, AmendOrder command) {
        return change(actor, command, order -> order.amend(new Amendment(changes(command.quantities()),
            command.requestedDeliveryDate(), command.deliveryPlace()), command.agreedWith().strip(),
            strip(command.note()), Channel.valueOf(command.channel()), actor, clock));
    }

    /** Cancels the order by agreement with the customer (DS-6.2.2); its credit is released. */
    public Order cancel(Actor actor, CancelOrder command) {
        return change(actor, command, order -> order.cancel(command.reason().strip(), command.agreedWith().strip(),
            Channel.valueOf(command.channel()), actor, clock));
    }

    // ------------------------------------------------------------------------ release and tracking

    /**
     * Releases an approved order to production (DS-4.1.3): production plans the lines it makes,
     * stock covers the rest, and an order wholly from stock is ready to ship at once.
     */
    public Order release(Actor actor, ReleaseOrder command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<Order> current = work.get(orders, command.orderId());
            Order order = current.aggregate();
            order.requireReleasable();
            LocalDate today = LocalDate.now(clock);
            LocalDate neededBy = order.fulfilment().promisedDeliveryDate()
                .minusDays(order.clearance().transportDays());
            List<ProductionRequest> requests = new ArrayList<>();
            for (OrderLine line : order.lines()) {
                LineSupply supply = order.clearance().review().supplyOf(line.number());
                BigDecimal fromStock = supply.fromStock().min(line.quantity());
                requests.add(new ProductionRequest(line.number(), line.product(), line.specification(), fromStock,
                    line.quantity().subtract(fromStock), line.unit(), neededBy));
            }
            List<PlannedLine> planned = ports.production().plan(order.id(), requests, today);
            work.onFailure(failure -> givePlanBackUnlessItStands(order, failure));
            return save(work, current, order.release(tracking(order, planned, today),
                parameters.slackWarningShare(), actor, clock));
        });
    }

    /**
     * When the release is not stored, the plan is given back — unless someone changed the order meanwhile
     * and it still stands at this revision, approved or released (by the rival, on this plan): then the
     * plan stands and the retry reuses it.
     */
    private void givePlanBackUnlessItStands(Order order, RuntimeException failure) {
        if (failure instanceof ConcurrencyConflict) {
            Order now = orders.stored(order.id().value()).map(Versioned::aggregate).orElse(order);
            boolean stands = now.revision() == order.revision() && now.status() != OrderStatus.CANCELLED
                && (OrderLifecycle.TABLE.declares(now.status(), OrderAction.RELEASE) || now.fulfilment().isReleased());
            if (stands) {
                return;
            }
        }
        ports.production().withdraw(order.id());
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
            tracking.add(LineTracking.released(line.number(), new LineTracking.Split(line.quantity(),
                plan.fromStock(), plan.toProduce()), today, plan.plannedStart(), plan.plannedFinish()));
        }
        return tracking;
    }

    /** Records a line's production milestone (DS-4.1.4); the order follows, and its date is watched. */
    public Order recordProgress(Actor actor, RecordProgress command) {
        return change(actor, command, order -> order.recordProgress(command.line(),
            Milestone.valueOf(command.milestone()), command.on(), command.projectedFinish(),
            parameters.slackWarningShare(), actor, clock));
    }

    /** Records goods leaving: part of the order, or the rest of it (DS-4.1.4). */
    public Order ship(Actor actor, ShipOrder command) {
        return change(actor, command, order -> order.ship(new Shipment(command.shipmentReference().strip(),
            command.shippedOn(), command.lines().stream().map(line -> new LineQuantity(line.line(), line.quantity()))
            .toList()), actor, clock));
    }

    /** The customer has the goods. */
    public Order confirmDelivery(Actor actor, ConfirmDelivery command) {
        return change(actor, command, order -> order.confirmDelivery(command.deliveredOn(), actor, clock));
    }

    /** The customer accepted the goods; the accepted value is billed (DS-6.1.1). */
    public Order accept(Actor actor, AcceptOrder command) {
        return change(actor, command, order -> order.accept(command.acceptedOn(), command.lines() == null ? List.of()
            : command.lines().stream().map(line -> new LineQuantity(line.line(), line.quantity())).toList(),
            strip(command.note()), actor, clock));
    }

    /** Closes an accepted order. */
    public Order close(Actor actor, CloseOrder command) {
        return change(actor, command, order -> order.close(actor, clock));
    }

    // ------------------------------------------------------------------------ delays and feedback

    /**
     * Looks at every order between release and its last shipment (DS-4.1.4) and raises a delay
     * warning wherever the goods would arrive after the promised date or most of the slack is gone.
     * Returns the orders that got a new warning. Run it daily, or as often as progress arrives.
     */
    public List<Order> detectDelays(Actor actor) {
        Accepted<DetectDelays> run = pipeline.accept(actor, new DetectDelays());
        List<Order> warned = new ArrayList<>();
        for (Versioned<Order> open : orders.stored("open", "true")) {
            if (!open.aggregate().isInFulfilment() || !orders.inScope(actor, open.aggregate())) {
                continue;
            }
            Order after = run.write(work -> {
                Versioned<Order> current = work.get(orders, open.aggregate().id());
                return save(work, current, current.aggregate().watchDelays(parameters.slackWarningShare(),
                    parameters.delayNoticeHours(), clock));
            });
            if (after.fulfilment().delays().size() > open.aggregate().fulfilment().delays().size()) {
                warned.add(after);
            }
        }
        return warned;
    }

    /** Records that the customer was told of the order's open delay (DS-4.1.4). */
    public Order tellDelay(Actor actor, TellCustomerOfDelay command) {
        return change(actor, command, order -> order.tellOfDelay(Channel.valueOf(command.channel()),
            command.contact().strip(), command.summary().strip(), actor, clock));
    }

    /**
     * Orders whose open delay went untold past the notice hours and was escalated (DS-4.1.4), the oldest warning
     * first: the escalation list, and a count for supply risk.
     */
    public List<Order> untoldDelays(Actor actor) {
        return orders.findBy(actor, OrderPermissions.VIEW, "open", "true").stream()
            .filter(order -> order.fulfilment().openDelay().filter(open -> open.escalatedAt() != null
                && !open.isTold()).isPresent())
            .sorted(java.util.Comparator.comparing(order -> order.fulfilment().openDelay().orElseThrow().raisedAt()))
            .toList();
    }

    /** Records the solution agreed with the customer for a delay (DS-4.1.4, DS-6.2.2). */
    public Order agreeDelaySolution(Actor actor, AgreeDelaySolution command) {
        return change(actor, command, order -> order.agreeDelaySolution(DelaySolutionKind.valueOf(command.solution()),
            command.newDate(), command.agreedWith().strip(), strip(command.note()), Channel.valueOf(command.channel()),
            actor, clock));
    }

    /** Records what the customer was told about the order (DS-4.1.4). */
    public Order giveFeedback(Actor actor, GiveFeedback command) {
        return change(actor, command, order -> order.inform(Channel.valueOf(command.channel()),
            strip(command.contact()), command.summary().strip(), actor, clock));
    }

    /**
     * The open orders whose customers are owed news (DS-4.1.4): from the review's questions until the
     * goods arrive, not told anything for longer than their class's interval (CORE daily by default).
     * Soonest due first.
     */
    public List<FeedbackDue> feedbackDue(Actor actor) {
        pipeline.authorize(actor, OrderPermissions.VIEW);
        LocalDate today = LocalDate.now(clock);
        List<FeedbackDue> due = new ArrayList<>();
        for (Versioned<Order> open : orders.stored("open", "true")) {
            Order order = open.aggregate();
            if (!OrderLifecycle.FOLLOWED_UP.contains(order.status()) || !orders.inScope(actor, order)) {
                continue;
            }
            StrategicImportance importance = ports.customers().find(order.customerId())
                .map(OrderingCustomer::importance).orElse(StrategicImportance.GENERAL);
            Instant told = order.feed().lastTold();
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
        return orders.get(actor, OrderPermissions.VIEW, id);
    }

    /**
     * What of the order may ship now (DS-4.2): each line's goods ready and not yet shipped, with the place, the
     * promised day, the urgency and the agreed shelf life a shipment needs. Every line is listed, with zero when
     * nothing of it is ready to leave.
     */
    public ShippableGoods shippable(Actor actor, OrderId id) {
        Order order = get(actor, id);
        LocalDate today = LocalDate.now(clock);
        Optional<AgreedTerms> terms = ports.agreements().inForce(order.customerId(), today);
        String place = order.terms().deliveryPlace();
        List<ShippableGoods.Line> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            BigDecimal left = order.isInFulfilment() ? order.tracking(line.number()).readyQuantity()
                .subtract(order.fulfilment().shipped(line.number())).max(BigDecimal.ZERO) : BigDecimal.ZERO;
            String name = ports.catalogue().find(line.product()).map(Product::name).orElse(line.product().value());
            lines.add(new ShippableGoods.Line(line.number(), line.product(), name, line.specification(), line.unit(),
                left));
        }
        LocalDate promised = order.fulfilment().promisedDeliveryDate() != null
            ? order.fulfilment().promisedDeliveryDate() : order.terms().requestedDeliveryDate();
        return new ShippableGoods(order.id(), order.customerId(), new ShippableGoods.Delivery(place,
            terms.flatMap(agreed -> agreed.transportDaysTo(place)).orElse(parameters.defaultTransportDays()), promised,
            order.terms().urgency(), terms.map(AgreedTerms::minimumRemainingShelfLifeDays).orElse(0)), lines);
    }

    /** The customer's orders, in id order. */
    public List<Order> ofCustomer(Actor actor, CustomerId customer) {
        pipeline.authorize(actor, OrderPermissions.VIEW);
        return orders.findBy(actor, OrderPermissions.VIEW, "customerId", Aggregates.require(customer));
    }

    /**
     * What the customer was told and agreed about the order, and when (DS-4.1.4), oldest first. The
     * customer's people in it are masked, as the customer registry masks contacts, for readers without
     * its right to see contact details ({@code customer.view-contact-details}, DS-7.2.2).
     */
    public List<Communication> feed(Actor actor, OrderId id) {
        get(actor, id);
        boolean seesContacts = pipeline.allows(actor, CustomerPermissions.VIEW_CONTACT_DETAILS);
        return feed.findBy(actor, OrderPermissions.VIEW, "order", id.value()).stream()
            .sorted(Comparator.comparingInt(FeedEntry::number)).map(FeedEntry::communication)
            .map(told -> seesContacts ? told : told.masked()).toList();
    }

    // -------------------------------------------------------------------------------- mechanics

    /** Load → decide → one write of the order and the feed entries its exchanges make. */
    private Order change(Actor actor, OrderCommand command, Function<Order, Changed<Order>> decide) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<Order> current = work.get(orders, command.orderId());
            return save(work, current, decide.apply(current.aggregate()));
        });
    }

    /** Adds the changed order to the write, with a feed entry for each exchange it records. */
    private Order save(Work work, Versioned<Order> current, Changed<Order> change) {
        Order saved = work.save(orders, current, change).aggregate();
        for (DomainEvent event : change.events()) {
            if (event instanceof Communicated told) {
                work.create(feed, Changed.to(new FeedEntry(told.orderId(), told.number(), told.communication())));
            }
        }
        return saved;
    }

    /**
     * When the answer of the credit check cannot be recorded because someone changed the order meanwhile,
     * and the order no longer stands at the revision the check was asked for, or has ended, the answer is
     * given back: nothing stays reserved for an order revision that will never use it. Otherwise the
     * retry asks again and gets the same answer.
     */
    private void giveCreditBackIfOvertaken(Work work, Order order) {
        work.onFailure(failure -> {
            Order now = orders.stored(order.id().value()).map(Versioned::aggregate).orElse(order);
            if (now.revision() != order.revision() || !now.isOpen()) {
                ports.credit().release(system, order.customerId(), order.creditReference(),
                    "order " + order.id() + " moved on while its credit was checked");
            }
        });
    }

    /** The check's answer, with the prepayment the agreement in force asks of every order added (DS-3.3.2). */
    private CreditStanding standing(Order order, CreditAnswer answer, CreditStanding.Override override) {
        return standing(order, answer, override, ports.agreements().inForce(order.customerId(), LocalDate.now(clock)));
    }

    private CreditStanding standing(Order order, CreditAnswer answer, CreditStanding.Override override,
                                    Optional<AgreedTerms> agreed) {
        CreditAnswer withPrepayment = agreed.map(terms -> answer.withAgreedPrepayment(terms.prepaymentRatio(),
            terms.reference())).orElse(answer);
        return new CreditStanding(order.revision(), withPrepayment, clock.instant(), override);
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, parameters.currency());
    }

    private static List<LineQuantity> changes(List<LineChange> changes) {
        return changes == null ? List.of()
            : changes.stream().map(change -> new LineQuantity(change.line(), change.quantity())).toList();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    // ------------------------------------------------------------ audit verification (DS-7.2.1)
    // One block, kept apart from the commands above: AUDITOR (and MANAGEMENT) check that nothing
    // changed unseen.

    /** The order's audit trail (DS-7.2.1): its hash chain, its stored document and look-up attributes. */
    public AuditVerification verifyOrderTrail(Actor actor, OrderId id) {
        return orders.auditTrails(actor, OrderPermissions.VERIFY_AUDIT).verify(Aggregates.require(id));
    }

    /** The order's audit trail against a checkpoint: a trail cut short, or deleted whole, shows (DS-7.2.1). */
    public AuditVerification verifyOrderTrail(Actor actor, OrderId id, Checkpoint checkpoint) {
        return orders.auditTrails(actor, OrderPermissions.VERIFY_AUDIT).verify(Aggregates.require(id), checkpoint);
    }

    /** Every order's audit trail, with the first broken version of each broken one (DS-7.2.1). */
    public CollectionVerification verifyOrderTrails(Actor actor) {
        return orders.auditTrails(actor, OrderPermissions.VERIFY_AUDIT).verifyAll();
    }

    /** Every order's audit trail against a checkpoint, those deleted since included (DS-7.2.1). */
    public CollectionVerification verifyOrderTrails(Actor actor, Checkpoint checkpoint) {
        return orders.auditTrails(actor, OrderPermissions.VERIFY_AUDIT).verifyAll(checkpoint);
    }

    /** The head of every order's trail now, sealed: export it and keep it outside the database (DS-7.2.1). */
    public Checkpoint orderCheckpoint(Actor actor) {
        return orders.auditTrails(actor, OrderPermissions.VERIFY_AUDIT).checkpoint();
    }
}
