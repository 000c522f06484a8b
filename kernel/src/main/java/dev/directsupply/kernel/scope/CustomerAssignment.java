package dev.directsupply.kernel.scope;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Require;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * To whom a customer is assigned (DS-7.2.2): the person who looks after it and their department, since
 * when and by whose decision, and who had it before.
 *
 * @param customer the customer's id
 * @param history  the earlier assignments, oldest first
 */
public record CustomerAssignment(String customer, ActorId owner, Department department, Instant since, ActorId by,
                                 List<PastAssignment> history) {

    public CustomerAssignment {
        Require.nonNull(customer, "customer", owner, "owner", department, "department", since, "since", by, "by");
        history = List.copyOf(history);
    }

    /** The first assignment of a customer. */
    public static CustomerAssignment first(String customer, ActorId owner, Department department, Instant at,
                                           ActorId by) {
        return new CustomerAssignment(customer, owner, department, at, by, List.of());
    }

    /** The customer assigned anew; this assignment goes into the history. */
    public CustomerAssignment reassigned(ActorId to, Department toDepartment, Instant at, ActorId decidedBy) {
        List<PastAssignment> past = new ArrayList<>(history);
        past.add(new PastAssignment(owner, department, since, at, by));
        return new CustomerAssignment(customer, to, toDepartment, at, decidedBy, past);
    }

    /** An assignment that ended. */
    public record PastAssignment(ActorId owner, Department department, Instant from, Instant until, ActorId by) {
    }
}
