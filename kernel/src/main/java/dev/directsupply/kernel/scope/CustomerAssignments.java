package dev.directsupply.kernel.scope;

import java.util.Optional;

/** Where the pipeline learns to whom a customer is assigned (DS-7.2.2). */
@FunctionalInterface
public interface CustomerAssignments {
    Optional<CustomerAssignment> of(String customer);
}
