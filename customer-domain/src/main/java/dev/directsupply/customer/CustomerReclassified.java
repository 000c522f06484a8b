package dev.directsupply.customer;

import dev.directsupply.kernel.ActorId;
import java.time.Instant;

/**
 * The customer moved on one classification axis (DS-2.2): scale after purchases changed or the
 * window moved, industry or strategic importance by an authorised actor.
 */
public record CustomerReclassified(CustomerId customerId, ClassificationDimension dimension, String from, String to,
                                   String reason, ActorId by, Instant occurredAt) implements CustomerEvent {
}
