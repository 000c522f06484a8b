package dev.directsupply.risk.register;

import java.time.Instant;

/** A risk entered the register; {@code automatic} when the risk monitor raised it from signals. */
public record RiskIdentified(RiskId riskId, RiskCategory category, RiskSubject subject, String description,
                             boolean automatic, Instant occurredAt) implements RiskEvent {
}
