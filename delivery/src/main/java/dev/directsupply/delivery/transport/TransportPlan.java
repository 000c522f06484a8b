package dev.directsupply.delivery.transport;

import dev.directsupply.kernel.Require;
import java.time.LocalDate;
import java.util.List;

/** A day's transport plan (DS-4.2.1): every shipment asking for that day, ranked, served or left out, and why. */
public record TransportPlan(LocalDate day, List<Allocation> allocations) {
    public TransportPlan {
        Require.nonNull(day, "day", allocations, "allocations");
        allocations = List.copyOf(allocations);
    }

    public List<Allocation> served() {
        return allocations.stream().filter(Allocation::served).toList();
    }

    public List<Allocation> leftOut() {
        return allocations.stream().filter(allocation -> !allocation.served()).toList();
    }
}
