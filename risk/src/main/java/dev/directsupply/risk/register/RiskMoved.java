package dev.directsupply.risk.register;

import java.time.Instant;

/** A risk moved in its lifecycle. */
public record RiskMoved(RiskId riskId, RiskStatus from, RiskStatus to, RiskAction action, String note,
                        Instant occurredAt) implements RiskEvent {
}
