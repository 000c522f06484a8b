package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.delivery.transport.DeliveryParameters;
import dev.directsupply.delivery.inspection.InspectedLot;
import dev.directsupply.delivery.inspection.Inspection;
import dev.directsupply.delivery.inspection.InspectionDesk;
import dev.directsupply.delivery.inspection.InspectionId;
import dev.directsupply.delivery.label.PackageLabel;
import dev.directsupply.delivery.shipment.internal.ShipmentDocuments;
import dev.directsupply.delivery.transport.TransportDemand;
import dev.directsupply.delivery.transport.TransportPlan;
import dev.directsupply.delivery.transport.TransportPlanner;
import dev.directsupply.delivery.transport.Urgency;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Money;
import dev.directsupply.delivery.shipment.internal.AllocationDocuments;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Work;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Versioned;
import java.math.BigDecimal;
import java.util.Optional;
import dev.directsupply.kernel.service.Pipeline;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shipments as a service (DS-4.2): planned from an order's ready goods with a transport choice, cleared by the
 * lots' final inspections, packed with labels, announced, dispatched, received and accepted with the customer,
 * and discrepancies settled by agreement. A day's transport plan allocates short capacity by priority.
 */
public final class ShipmentDesk {
    /** The collection shipments are stored in. */
    public static final String SHIPMENTS = "delivery-shipments";
    /** The collection of what each order's shipments hold, one document an order. */
    public static final String ALLOCATIONS = "delivery-allocations";
    private static final Set<ShipmentStatus> NOT_LEFT = ShipmentLifecycle.TABLE.statesAllowing(ShipmentAction.CANCEL);

    private final Pipeline pipeline;
    private final Aggregates<Shipment> shipments;
    private final DeliveryParameters parameters;
    private final CustomerDesk customers;
    private final InspectionDesk inspections;
    private final PriorityCustomers priority;
    private final ReadyGoods ready;
    private final Aggregates<OrderAllocation> allocations;
    private final Currency currency;
    private final Actor system;
    private final Clock clock;

    public ShipmentDesk(Pipeline pipeline, DeliveryParameters parameters, CustomerDesk customers,
                        InspectionDesk inspections, ShipmentPorts ports, Currency currency) {
        this.pipeline = pipeline;
        this.shipments = pipeline.aggregates(SHIPMENTS, ShipmentDocuments.SHIPMENTS)
            .scopedBy(shipment -> shipment.customerId().value());
        this.parameters = parameters;
        this.customers = customers;
        this.inspections = inspections;
        this.priority = ports.priority();
        this.ready = ports.ready();
        this.allocations = pipeline.aggregates(ALLOCATIONS, AllocationDocuments.ALLOCATIONS);
        this.currency = currency;
        this.system = pipeline.systemActor("delivery");
        this.clock = pipeline.clock();
    }

    /**
     * Plans a shipment, its transport chosen by the rules with their reasons (DS-4.2.1). For an order the
     * {@link ReadyGoods} port knows, no line is planned beyond what is ready and not in the order's other
     * shipments still standing; the order's allocation is written with the shipment, so two plans made at once
     * for the same goods cannot both stand.
     */
    public Shipment plan(Actor actor, PlanShipment command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Customer customer = customers.get(system, command.customerId());
            Consignment consignment = new Consignment(command.order(), command.customerId(), command.toLines(),
                command.destination().toDestination(), new Consignment.Schedule(command.schedule().dispatchOn(),
                command.schedule().promisedOn()), new Consignment.Priority(
                Urgency.valueOf(command.schedule().urgency()), customer.importance()),
                command.minimumRemainingShelfLifeDays());
            allocate(work, consignment, 1);
            return work.create(shipments, Shipment.plan(ShipmentId.random(), consignment,
                parameters.transportRules().choose(consignment.need(parameters.bands())), actor, clock));
        });
    }

    /** Adds the consignment to its order's allocation (or takes it back), checked against what is ready. */
    private void allocate(Work work, Consignment consignment, int sign) {
        Optional<Map<Integer, BigDecimal>> readyOf = ready.readyOf(consignment.order());
        Optional<Versioned<OrderAllocation>> current = work.find(allocations, consignment.order());
        OrderAllocation before = current.map(Versioned::aggregate).orElse(OrderAllocation.none(consignment.order()));
        OrderAllocation after = before.with(consignment, sign);
        if (sign > 0 && readyOf.isPresent()) {
            Map<Integer, BigDecimal> asked = new java.util.TreeMap<>();
            consignment.lines().forEach(line -> asked.merge(line.orderLine(), line.quantity(), BigDecimal::add));
            asked.forEach((line, quantity) -> {
                BigDecimal left = readyOf.get().getOrDefault(line, BigDecimal.ZERO).subtract(before.planned(line));
                if (quantity.compareTo(left) > 0) {
                    throw new NotReadyToPlan(consignment.order(), line, left.max(BigDecimal.ZERO), quantity);
                }
            });
        }
        if (current.isPresent()) {
            work.save(allocations, current.get(), Changed.to(after));
        } else {
            work.create(allocations, Changed.to(after));
        }
    }

    /** Clears the shipment by the passed final inspection of each of its lots (DS-4.1.3, DS-6.2.3). */
    public Shipment inspect(Actor actor, InspectShipment command) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(shipments, command.shipmentId(),
            shipment -> shipment.inspect(clearances(shipment), actor, clock)));
    }

    /** Packs the shipment, a label made for each package (DS-4.2.2). */
    public Shipment pack(Actor actor, PackShipment command) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(shipments, command.shipmentId(),
            shipment -> shipment.pack(labels(shipment, command.packages()), LocalDate.now(clock), actor, clock)));
    }

    /** Sends the delivery notice (DS-4.2.3); the host's {@link DeliveryNotices} gets it once the write happened. */
    public Shipment notifyCustomer(Actor actor, NotifyCustomer command) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(shipments, command.shipmentId(),
            shipment -> shipment.notifyCustomer(command.carrier().strip(), command.tracking().strip(),
                command.estimatedArrival() != null ? command.estimatedArrival() : shipment.consignment().dispatchOn()
                    .plusDays(shipment.consignment().destination().transportDays()),
                actor, clock)));
    }

    /** Sends a changed estimated arrival (DS-4.2.3). */
    public Shipment updateArrival(Actor actor, UpdateArrival command) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(shipments, command.shipmentId(),
            shipment -> shipment.updateArrival(command.estimatedArrival(), command.reason().strip(), actor, clock)));
    }

    /**
     * Dispatches the shipment. Each lot's latest final inspection is asked again: a lot re-inspected and failed
     * since the shipment was cleared does not leave (DS-6.2.3).
     */
    public Shipment dispatch(Actor actor, DispatchShipment command) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(shipments, command.shipmentId(),
            shipment -> {
                clearances(shipment);
                return shipment.dispatch(command.dispatchedOn(), actor, clock);
            }));
    }

    public Shipment recordArrival(Actor actor, RecordArrival command) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(shipments, command.shipmentId(),
            shipment -> shipment.arrive(command.arrivedOn(), actor, clock)));
    }

    /** The joint acceptance with the customer (DS-4.2.4). */
    public Shipment recordAcceptance(Actor actor, RecordAcceptance command) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(shipments, command.shipmentId(),
            shipment -> shipment.accept(command.acceptedOn(), AcceptanceDecision.valueOf(command.decision()),
                command.checks().stream().map(RecordAcceptance.CheckDetails::toCheck).toList(),
                command.customerRepresentative().strip(), command.note().strip(), actor, clock)));
    }

    /** Settles a discrepancy by agreement, both sides' consent recorded (DS-4.2.4). */
    public Shipment resolve(Actor actor, ResolveDiscrepancy command) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(shipments, command.shipmentId(),
            shipment -> shipment.resolve(command.discrepancy(), new Resolution(ResolutionKind.valueOf(command.kind()),
                command.amount() == null ? null : Money.of(command.amount(), currency), command.quantity(),
                command.terms().strip(), new Consent(actor.id(), command.customerRepresentative().strip(),
                command.customerAgreedOn(), clock.instant())), actor, clock)));
    }

    /** Cancels a shipment that has not left; its goods go back to its order's allocation. */
    public Shipment cancel(Actor actor, CancelShipment command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Shipment cancelled = work.change(shipments, command.shipmentId(),
                shipment -> shipment.cancel(command.reason().strip(), actor, clock));
            allocate(work, cancelled.consignment(), -1);
            return cancelled;
        });
    }

    public Shipment shipment(Actor actor, ShipmentId id) {
        return shipments.get(actor, ShipmentPermissions.VIEW, id);
    }

    /** The shipments of an order, in the order they were planned. */
    public List<Shipment> ofOrder(Actor actor, String order) {
        pipeline.authorizeQuery(actor, ShipmentPermissions.VIEW, "ShipmentsOfOrder", "order", order, "DS-4.2");
        return shipments.findBy(actor, ShipmentPermissions.VIEW, "order", order).stream()
            .sorted(Comparator.comparing(shipment -> shipment.history().get(0).at())).toList();
    }

    /** The shipments jointly accepted (or rejected) in the month: what supply signals are measured from (DS-6.1.4). */
    public List<Shipment> acceptedIn(Actor actor, java.time.YearMonth month) {
        pipeline.authorizeQuery(actor, ShipmentPermissions.VIEW, "ShipmentsAcceptedIn", "month", month, "DS-6.1.4");
        return shipments.findBy(actor, ShipmentPermissions.VIEW, "acceptedIn", month.toString());
    }

    public List<Shipment> ofCustomer(Actor actor, CustomerId customer) {
        return shipments.findBy(actor, ShipmentPermissions.VIEW, "customer", customer);
    }

    /**
     * The day's transport plan (DS-4.2.1): every shipment due to leave that day and not yet gone, ranked by
     * priority and served against each mode's daily capacity, with the reasons.
     */
    public TransportPlan transportPlan(Actor actor, LocalDate day) {
        pipeline.authorizeQuery(actor, ShipmentPermissions.VIEW, "TransportPlan", "day", day, "DS-4.2.1");
        List<TransportDemand> demand = new ArrayList<>();
        for (Shipment shipment : shipments.findBy(actor, ShipmentPermissions.VIEW, "dispatchOn", day.toString())) {
            if (NOT_LEFT.contains(shipment.status())) {
                Consignment consignment = shipment.consignment();
                demand.add(new TransportDemand(shipment.id().value(), shipment.transport().mode(), consignment.load(),
                    consignment.urgency(), consignment.importance(), priority.flagged(consignment.customer()),
                    consignment.promisedOn()));
            }
        }
        return TransportPlanner.allocate(day, demand, parameters.capacity());
    }

    /** The passed final inspection of each lot of the shipment; {@code LotNotCleared} for the first without. */
    private Map<String, InspectionId> clearances(Shipment shipment) {
        Map<String, InspectionId> cleared = new LinkedHashMap<>();
        for (ShipmentLine line : shipment.consignment().lines()) {
            Inspection clearance = inspections.finalClearance(system, new InspectedLot(line.goods().product(),
                line.lot().code())).orElseThrow(() -> new LotNotCleared(shipment.id(), line.lotKey()));
            cleared.put(line.lotKey(), clearance.id());
        }
        return cleared;
    }

    private static List<PackageLabel> labels(Shipment shipment, List<PackShipment.PackageDetails> packages) {
        List<PackageLabel> labels = new ArrayList<>();
        for (PackShipment.PackageDetails pack : packages) {
            ShipmentLine line = shipment.consignment().line(pack.line())
                .orElseThrow(() -> new UnknownShipmentLine(shipment.id(), pack.line()));
            labels.add(new PackageLabel(shipment.id().value(), labels.size() + 1, line.number(), line.goods(),
                pack.quantity(), line.lot()));
        }
        return labels;
    }
}
