package dev.directsupply.delivery.shipment;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.delivery.transport.DistanceBands;
import dev.directsupply.delivery.transport.Handling;
import dev.directsupply.delivery.transport.Load;
import dev.directsupply.delivery.transport.TransportNeed;
import dev.directsupply.delivery.transport.Urgency;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a shipment carries and for whom (DS-4.2): the order and customer, the lines, the destination, the day it
 * is to leave and the day promised, the order's urgency, the customer's strategic importance when it was
 * planned, and the least remaining shelf life agreed with the customer (DS-4.2.2).
 */
public record Consignment(String order, CustomerId customer, List<ShipmentLine> lines, Destination destination,
                          Schedule schedule, Priority priority, int minimumRemainingShelfLifeDays) {
    public Consignment {
        Require.nonNull(order, "order", customer, "customer", lines, "lines", destination, "destination");
        Require.nonNull(schedule, "schedule", priority, "priority");
        lines = List.copyOf(lines);
    }

    /** The day the goods are to leave and the day promised to the customer. */
    public record Schedule(LocalDate dispatchOn, LocalDate promisedOn) {
        public Schedule {
            Require.nonNull(dispatchOn, "dispatchOn", promisedOn, "promisedOn");
        }
    }

    /** What the shipment's priority comes from: the order's urgency and the customer's strategic importance. */
    public record Priority(Urgency urgency, StrategicImportance importance) {
        public Priority {
            Require.nonNull(urgency, "urgency", importance, "importance");
        }
    }

    public LocalDate dispatchOn() {
        return schedule.dispatchOn();
    }

    public LocalDate promisedOn() {
        return schedule.promisedOn();
    }

    public Urgency urgency() {
        return priority.urgency();
    }

    public StrategicImportance importance() {
        return priority.importance();
    }

    public Optional<ShipmentLine> line(int number) {
        return lines.stream().filter(line -> line.number() == number).findFirst();
    }

    /** The lots shipped, as inspections know them. */
    public Set<String> lots() {
        return lines.stream().map(ShipmentLine::lotKey).collect(java.util.stream.Collectors.toCollection(
            java.util.TreeSet::new));
    }

    public Load load() {
        return lines.stream().map(ShipmentLine::load).reduce(Load.NONE, Load::plus);
    }

    /** What the consignment asks of its transport, its place put in the bands given. */
    public TransportNeed need(DistanceBands bands) {
        Set<Handling> handling = EnumSet.noneOf(Handling.class);
        lines.forEach(line -> handling.addAll(line.cargo().handling()));
        Load load = load();
        return new TransportNeed(bands.of(destination.distanceKm(), destination.overseas()), destination.pickedUp(),
            load.weightKg(), load.volumeM3(), handling, priority.urgency());
    }
}
