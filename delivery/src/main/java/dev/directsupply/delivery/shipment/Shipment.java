package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.delivery.inspection.InspectionId;
import dev.directsupply.delivery.label.PackageLabel;
import dev.directsupply.delivery.transport.TransportChoice;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A shipment (DS-4.2): what it carries for whom ({@link Consignment}), how it travels ({@link TransportChoice}),
 * how it was made ready ({@link Preparation}: inspections and labels), its way to the customer ({@link Journey}:
 * notices, dispatch, arrival) and the joint acceptance on arrival ({@link JointAcceptance}, null until then).
 * Immutable: each behaviour returns the next shipment and its events, and {@link ShipmentLifecycle}'s table alone
 * says which step may happen now, judging the shipment as the step leaves it.
 */
public record Shipment(ShipmentId id, Consignment consignment, ShipmentStatus status, TransportChoice transport,
                       Stages stages, List<ShipmentStep> history) {

    public Shipment {
        Require.nonNull(id, "id", consignment, "consignment", status, "status", transport, "transport");
        Require.nonNull(stages, "stages", history, "history");
        history = List.copyOf(history);
    }

    /**
     * What the shipment went through after it was planned: its preparation, its journey, and the joint acceptance
     * (null until then).
     */
    public record Stages(Preparation preparation, Journey journey, JointAcceptance acceptance) {
        static final Stages NONE = new Stages(Preparation.NONE, Journey.NONE, null);

        public Stages {
            Require.nonNull(preparation, "preparation", journey, "journey");
        }
    }

    public Preparation preparation() {
        return stages.preparation();
    }

    public Journey journey() {
        return stages.journey();
    }

    /** The joint acceptance, or null before it. */
    public JointAcceptance acceptance() {
        return stages.acceptance();
    }

    /** Plans a shipment of the consignment, by the transport chosen for it (DS-4.2.1). */
    public static Changed<Shipment> plan(ShipmentId id, Consignment consignment, TransportChoice transport,
                                         Actor actor, Clock clock) {
        Instant now = clock.instant();
        Shipment shipment = new Shipment(id, consignment, ShipmentLifecycle.TABLE.initial(), transport,
            Stages.NONE, List.of(new ShipmentStep(null, ShipmentStatus.PLANNED, null,
            transport.rule(), actor.id(), now)));
        return Changed.to(shipment, new ShipmentPlanned(id, consignment.order(), consignment.customer(), transport,
            consignment.dispatchOn(), consignment.promisedOn(), now));
    }

    public CustomerId customerId() {
        return consignment.customer();
    }

    /** Whether each lot shipped has been cleared by a passed final inspection (DS-6.2.3). */
    public boolean everyLotCleared() {
        return preparation().clearances().keySet().containsAll(consignment.lots());
    }

    /** Whether the labels of each line add up to its quantity, and every label is of a line shipped (DS-4.2.2). */
    public boolean labelsAddUp() {
        return !preparation().labels().isEmpty()
            && consignment.lines().stream().allMatch(line -> preparation().labelled(line.number())
                .compareTo(line.quantity()) == 0)
            && preparation().labels().stream().allMatch(label -> consignment.line(label.line()).isPresent());
    }

    /** Records the passed final inspection of each lot (DS-4.1.3, DS-6.2.3); every lot must have one. */
    public Changed<Shipment> inspect(Map<String, InspectionId> clearances, Actor actor, Clock clock) {
        for (String lot : consignment.lots()) {
            if (!clearances.containsKey(lot)) {
                throw new LotNotCleared(id, lot);
            }
        }
        Shipment candidate = with(preparation().cleared(clearances));
        return candidate.move(ShipmentAction.INSPECT, clearances.size() + " lots cleared", actor, clock);
    }

    /**
     * Packs the shipment, a label on each package (DS-4.2.2). No goods are packed that are expired on the day
     * or keep fewer days than the customer agreed to; the labels must add up to each line.
     */
    public Changed<Shipment> pack(List<PackageLabel> labels, LocalDate today, Actor actor, Clock clock) {
        for (PackageLabel label : labels) {
            if (consignment.line(label.line()).isEmpty()) {
                throw new UnknownShipmentLine(id, label.line());
            }
        }
        requireShelfLife(today);
        return with(preparation().packed(labels)).move(ShipmentAction.PACK, labels.size() + " packages", actor, clock);
    }

    /**
     * Sends the delivery notice (DS-4.2.3): the day the goods leave, the estimated arrival, the carrier and
     * tracking number — before the goods may leave.
     */
    public Changed<Shipment> notifyCustomer(String carrier, String tracking, LocalDate estimatedArrival, Actor actor,
                                            Clock clock) {
        Notice notice = new Notice(1, carrier, tracking, consignment.dispatchOn(), estimatedArrival, "",
            clock.instant());
        requireNotBefore("estimatedArrival", estimatedArrival, consignment.dispatchOn());
        Changed<Shipment> moved = withJourney(journey().noticed(notice)).move(ShipmentAction.NOTIFY,
            carrier + " " + tracking, actor, clock);
        return also(moved, new CustomerNotified(id, consignment.order(), customerId(), notice, notice.sentAt()));
    }

    /** Sends the customer a changed estimated arrival, with its reason, as the notice's next revision (DS-4.2.3). */
    public Changed<Shipment> updateArrival(LocalDate estimatedArrival, String reason, Actor actor, Clock clock) {
        Notice last = journey().notice().orElse(null);
        ShipmentLifecycle.TABLE.require(status, ShipmentAction.UPDATE_ETA, this);
        LocalDate left = journey().dispatchedOn() == null ? consignment.dispatchOn() : journey().dispatchedOn();
        requireNotBefore("estimatedArrival", estimatedArrival, left);
        Notice notice = new Notice(last.revision() + 1, last.carrier(), last.tracking(), left, estimatedArrival,
            reason, clock.instant());
        Changed<Shipment> moved = withJourney(journey().noticed(notice)).move(ShipmentAction.UPDATE_ETA,
            "arrival " + estimatedArrival + ": " + reason, actor, clock);
        return also(moved, new CustomerNotified(id, consignment.order(), customerId(), notice, notice.sentAt()));
    }

    /**
     * The goods leave (DS-4.2): inspected, labelled and announced. Goods expired on the day, or keeping fewer
     * days than the customer agreed to, do not leave (DS-4.2.2).
     */
    public Changed<Shipment> dispatch(LocalDate on, Actor actor, Clock clock) {
        requireShelfLife(on);
        Changed<Shipment> moved = withJourney(journey().dispatched(on)).move(ShipmentAction.DISPATCH, "", actor, clock);
        List<DispatchedLine> lines = consignment.lines().stream().map(line -> new DispatchedLine(line.orderLine(),
            line.goods().product(), line.quantity(), line.lot().code())).toList();
        return also(moved, new ShipmentDispatched(id, consignment.order(), customerId(), transport.mode(), lines, on,
            clock.instant()));
    }

    /** The goods arrived at the customer's. */
    public Changed<Shipment> arrive(LocalDate on, Actor actor, Clock clock) {
        if (journey().dispatchedOn() != null) {
            requireNotBefore("arrivedOn", on, journey().dispatchedOn());
        }
        return withJourney(journey().arrived(on)).move(ShipmentAction.ARRIVE, "", actor, clock);
    }

    /**
     * The joint acceptance with the customer (DS-4.2.4): each line checked against what was shipped and agreed,
     * the discrepancies derived from the checks and the arrival day, and the customer's decision. Lines not
     * checked were received as shipped.
     */
    public Changed<Shipment> accept(LocalDate on, AcceptanceDecision decision, List<LineCheck> checks,
                                    String customerRepresentative, String note, Actor actor, Clock clock) {
        for (LineCheck check : checks) {
            if (consignment.line(check.line()).isEmpty()) {
                throw new UnknownShipmentLine(id, check.line());
            }
        }
        LocalDate arrived = journey().arrivedOn() == null ? on : journey().arrivedOn();
        requireNotBefore("acceptedOn", on, arrived);
        JointAcceptance made = new JointAcceptance(on, decision, checks,
            JointAcceptance.found(consignment, checks, arrived), customerRepresentative, note, clock.instant());
        ShipmentAction action = decision == AcceptanceDecision.REJECT ? ShipmentAction.REJECT : ShipmentAction.ACCEPT;
        Shipment candidate = new Shipment(id, consignment, status, transport,
            new Stages(preparation(), journey(), made), history);
        Changed<Shipment> moved = candidate.move(action, note, actor, clock);
        List<AcceptedLine> lines = consignment.lines().stream().map(line -> new AcceptedLine(line.orderLine(),
            line.goods().product(), line.quantity(), made.accepted(line))).toList();
        return also(moved, new ShipmentAccepted(id, consignment.order(), customerId(), moved.aggregate().status(),
            lines, made, clock.instant()));
    }

    /**
     * Settles a discrepancy by agreement (DS-4.2.4), both sides' consent recorded; the last one settles the
     * shipment.
     */
    public Changed<Shipment> resolve(int number, Resolution resolution, Actor actor, Clock clock) {
        ShipmentLifecycle.TABLE.require(status, ShipmentAction.RESOLVE, this);
        Discrepancy open = acceptance().discrepancies().stream()
            .filter(found -> found.number() == number && !found.resolved()).findFirst()
            .orElseThrow(() -> new DiscrepancyNotOpen(id, number));
        if (resolution.quantity() != null && open.quantity() != null
            && resolution.quantity().compareTo(open.quantity()) > 0) {
            throw new ResolutionDoesNotFit(id, number, resolution.kind().name());
        }
        Shipment candidate = new Shipment(id, consignment, status, transport,
            new Stages(preparation(), journey(), acceptance().resolving(number, resolution)), history);
        Changed<Shipment> moved = candidate.move(ShipmentAction.RESOLVE, open.kind() + ": " + resolution.kind(),
            actor, clock);
        String product = open.line() == null ? null
            : consignment.line(open.line()).map(line -> line.goods().product()).orElse(null);
        return also(moved, new DiscrepancyResolved(id, consignment.order(), customerId(), open.resolvedBy(resolution),
            product, moved.aggregate().status() == ShipmentStatus.RESOLVED, clock.instant()));
    }

    /** Cancels a shipment that has not left. */
    public Changed<Shipment> cancel(String reason, Actor actor, Clock clock) {
        return move(ShipmentAction.CANCEL, reason, actor, clock);
    }

    /** The step's change with one more event: two records of one decision. */
    private static Changed<Shipment> also(Changed<Shipment> moved, DomainEvent event) {
        List<DomainEvent> events = new ArrayList<>(moved.events());
        events.add(event);
        return Changed.to(moved.aggregate(), events);
    }

    private void requireShelfLife(LocalDate day) {
        for (ShipmentLine line : consignment.lines()) {
            long remaining = line.lot().remainingDaysOn(day);
            if (line.lot().expiredOn(day) || remaining < consignment.minimumRemainingShelfLifeDays()) {
                throw new ShelfLifeTooShort(id, line.lotKey(), day, remaining,
                    consignment.minimumRemainingShelfLifeDays());
            }
        }
    }

    private void requireNotBefore(String field, LocalDate date, LocalDate earliest) {
        if (date.isBefore(earliest)) {
            throw new ShipmentDateOutOfOrder(id, field, date, earliest);
        }
    }

    private Shipment with(Preparation next) {
        return new Shipment(id, consignment, status, transport, new Stages(next, journey(), acceptance()), history);
    }

    private Shipment withJourney(Journey next) {
        return new Shipment(id, consignment, status, transport, new Stages(preparation(), next, acceptance()), history);
    }

    private Changed<Shipment> move(ShipmentAction action, String note, Actor actor, Clock clock) {
        ShipmentStatus to = ShipmentLifecycle.TABLE.next(status, action, this);
        Instant now = clock.instant();
        List<ShipmentStep> steps = new ArrayList<>(history);
        steps.add(new ShipmentStep(status, to, action, note, actor.id(), now));
        Shipment next = new Shipment(id, consignment, to, transport, stages, steps);
        return Changed.to(next, new ShipmentMoved(id, consignment.order(), customerId(), status, to, action, now));
    }
}
