package dev.directsupply.delivery.transport;

import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Require;
import java.time.LocalDate;

/**
 * A shipment asking for transport on a day (DS-4.2.1): its mode and load, and what its priority comes from —
 * the order's urgency, the customer's strategic importance or priority flag (DS-5.2.3), the promised date.
 *
 * @param shipment       the shipment's reference, which also breaks ties so that a plan is stable
 * @param priorityFlag   whether the customer is flagged for priority care, whatever its importance
 */
public record TransportDemand(String shipment, TransportMode mode, Load load, Urgency urgency,
                              StrategicImportance importance, boolean priorityFlag, LocalDate promisedOn) {
    public TransportDemand {
        Require.nonNull(shipment, "shipment", mode, "mode", load, "load", urgency, "urgency",
            importance, "importance", promisedOn, "promisedOn");
    }

    /** Whether the customer goes first: CORE or IMPORTANT, or flagged for priority. */
    public boolean priorityCustomer() {
        return priorityFlag || importance == StrategicImportance.CORE || importance == StrategicImportance.IMPORTANT;
    }

    /** The priority class, 0 first: urgent for a priority customer, urgent, priority customer, the rest. */
    public int priorityClass() {
        boolean urgent = urgency == Urgency.URGENT;
        return urgent ? (priorityCustomer() ? 0 : 1) : (priorityCustomer() ? 2 : 3);
    }
}
