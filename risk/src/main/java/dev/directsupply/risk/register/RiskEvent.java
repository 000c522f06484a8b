package dev.directsupply.risk.register;

import dev.directsupply.kernel.DomainEvent;

/** What happens to a {@link Risk}. */
public sealed interface RiskEvent extends DomainEvent permits RiskIdentified, RiskAssessed, RiskMoved, RiskReviewed {
    RiskId riskId();
}
