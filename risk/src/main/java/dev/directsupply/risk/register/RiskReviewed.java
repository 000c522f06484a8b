package dev.directsupply.risk.register;

import java.time.Instant;
import java.time.LocalDate;

/** A risk was reviewed and its next review set. */
public record RiskReviewed(RiskId riskId, String note, LocalDate nextReviewOn, Instant occurredAt) implements RiskEvent {
}
