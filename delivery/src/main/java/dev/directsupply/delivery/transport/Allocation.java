package dev.directsupply.delivery.transport;

import java.util.ArrayList;
import java.util.List;

/**
 * One shipment's place in a day's transport plan, and why (DS-4.2.1): its rank, whether it is served, and the
 * capacity of its mode that was left when its turn came ({@code null} for a mode the day does not limit).
 */
public record Allocation(int rank, TransportDemand demand, boolean served, Load leftAtItsTurn) {
    public Allocation {
        java.util.Objects.requireNonNull(demand, "demand");
    }

    /** Why it ranks where it does, first reason first. */
    public List<String> priorityReasons() {
        List<String> reasons = new ArrayList<>();
        if (demand.urgency() == Urgency.URGENT) {
            reasons.add("urgent order");
        }
        if (demand.priorityCustomer()) {
            reasons.add(demand.priorityFlag() ? "customer flagged for priority"
                : demand.importance().name() + " customer");
        }
        reasons.add("promised " + demand.promisedOn());
        return reasons;
    }

    /** Why it is served or not: the load it needs against what was left. */
    public String outcomeReason() {
        if (leftAtItsTurn == null) {
            return "served: " + demand.mode() + " has no daily limit";
        }
        String need = demand.load().weightKg().toPlainString() + " kg, " + demand.load().volumeM3().toPlainString()
            + " m3";
        String left = leftAtItsTurn.weightKg().toPlainString() + " kg, " + leftAtItsTurn.volumeM3().toPlainString()
            + " m3";
        return (served ? "served: needs " : "capacity short: needs ") + need + "; " + left + " left";
    }
}
