package dev.directsupply.delivery.transport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Allocates a day's short transport capacity by priority (DS-4.2.1). Shipments are ranked — urgent orders of
 * priority customers, other urgent orders, priority customers (CORE, IMPORTANT or flagged), the rest; within
 * each, the earliest promised date first, then the shipment's reference — and served in that order while their
 * mode's capacity holds their load. A shipment that does not fit is left out and the next is tried, so a
 * smaller one of lower rank may still go: it never displaces one of higher rank that fits. A mode the day does
 * not limit serves every shipment. The ranking is a total order, so the same demand gives the same plan.
 */
public final class TransportPlanner {
    /** The order shipments are served in, 0 first. */
    public static final Comparator<TransportDemand> PRIORITY = Comparator.comparingInt(TransportDemand::priorityClass)
        .thenComparing(TransportDemand::promisedOn).thenComparing(TransportDemand::shipment);

    private TransportPlanner() {
    }

    /** The plan for the day: the demand ranked and served against each mode's capacity. */
    public static TransportPlan allocate(LocalDate day, List<TransportDemand> demand,
                                         Map<TransportMode, Load> capacity) {
        Map<TransportMode, Load> left = new EnumMap<>(TransportMode.class);
        left.putAll(capacity);
        List<TransportDemand> ranked = demand.stream().sorted(PRIORITY).toList();
        List<Allocation> allocations = new ArrayList<>(ranked.size());
        for (TransportDemand next : ranked) {
            Load available = left.get(next.mode());
            boolean served = available == null || available.holds(next.load());
            if (served && available != null) {
                left.put(next.mode(), available.minus(next.load()));
            }
            allocations.add(new Allocation(allocations.size() + 1, next, served, available));
        }
        return new TransportPlan(day, allocations);
    }
}
