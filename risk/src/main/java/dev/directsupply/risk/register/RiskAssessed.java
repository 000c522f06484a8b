package dev.directsupply.risk.register;

import java.time.Instant;

/** A risk was rated. */
public record RiskAssessed(RiskId riskId, int likelihood, int impact, RiskLevel level, Instant occurredAt)
    implements RiskEvent {
}
