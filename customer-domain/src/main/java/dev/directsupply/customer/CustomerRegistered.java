package dev.directsupply.customer;

import java.time.Instant;

/** A customer was entered in the customer information database (DS-7.1.1). */
public record CustomerRegistered(CustomerId customerId, String legalName, String creditCode,
                                 IndustryClassification industry, ScaleTier scale, StrategicImportance importance,
                                 Instant occurredAt) implements CustomerEvent {
}
