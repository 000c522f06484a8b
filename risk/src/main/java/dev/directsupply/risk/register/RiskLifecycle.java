package dev.directsupply.risk.register;

import static dev.directsupply.risk.register.RiskAction.ASSESS;
import static dev.directsupply.risk.register.RiskAction.CLOSE;
import static dev.directsupply.risk.register.RiskAction.ESCALATE;
import static dev.directsupply.risk.register.RiskAction.MITIGATE;
import static dev.directsupply.risk.register.RiskAction.MONITOR;
import static dev.directsupply.risk.register.RiskAction.PLAN;
import static dev.directsupply.risk.register.RiskAction.REVIEW;
import static dev.directsupply.risk.register.RiskStatus.ASSESSED;
import static dev.directsupply.risk.register.RiskStatus.CLOSED;
import static dev.directsupply.risk.register.RiskStatus.IDENTIFIED;
import static dev.directsupply.risk.register.RiskStatus.MITIGATING;
import static dev.directsupply.risk.register.RiskStatus.MONITORING;

import dev.directsupply.kernel.statemachine.Guard;
import dev.directsupply.kernel.statemachine.TransitionTable;

/**
 * A risk's lifecycle (DS-6.1, DS-6.2): identified, assessed (rated), mitigated by response measures,
 * monitored, closed. Mitigation needs a response measure, and for a high or critical risk — and any
 * supply risk — a contingency plan (DS-6.2.4); only a low risk may be closed without mitigation. An
 * open risk may be planned and reviewed without moving — a mitigating one only while its plan still
 * carries its mitigation — and a closed risk is neither (it is identified anew if it returns).
 * Diagram: {@code docs/state-diagrams/risk-lifecycle.md}.
 */
public final class RiskLifecycle {
    static final Guard<Risk> RATED = Guard.of("risk.guard.rated", "DS-6.1", Risk::isRated);
    static final Guard<Risk> RESPONSE_PLANNED = Guard.of("risk.guard.response-planned", "DS-6.2.2",
        risk -> !risk.responses().isEmpty());
    static final Guard<Risk> CONTINGENCY_WHERE_NEEDED = Guard.of("risk.guard.contingency-where-needed", "DS-6.2.4",
        Risk::hasContingencyWhereNeeded);
    static final Guard<Risk> LOW = Guard.of("risk.guard.low", "DS-6.1", risk -> risk.isRated()
        && risk.rating().level() == RiskLevel.LOW);

    public static final TransitionTable<RiskStatus, RiskAction, Risk> TABLE = TransitionTable
        .builder("risk.lifecycle", RiskStatus.class, RiskAction.class, Risk.class)
        .initial(IDENTIFIED)
        .from(IDENTIFIED, ASSESSED).on(ASSESS).to(ASSESSED).when(RATED)
        .from(ASSESSED).on(MITIGATE).to(MITIGATING).when(RESPONSE_PLANNED).when(CONTINGENCY_WHERE_NEEDED)
        .from(ASSESSED).on(MONITOR).to(MONITORING).when(LOW)
        .from(MITIGATING).on(MONITOR).to(MONITORING)
        .from(MONITORING).on(ESCALATE).to(MITIGATING).when(RESPONSE_PLANNED).when(CONTINGENCY_WHERE_NEEDED)
        .from(ASSESSED).on(CLOSE).to(CLOSED).when(LOW)
        .from(IDENTIFIED, MONITORING).on(CLOSE).to(CLOSED)
        .from(IDENTIFIED, ASSESSED, MONITORING).on(PLAN).stays()
        .from(MITIGATING).on(PLAN).stays().when(RESPONSE_PLANNED).when(CONTINGENCY_WHERE_NEEDED)
        .from(IDENTIFIED, ASSESSED, MITIGATING, MONITORING).on(REVIEW).stays()
        .refusing(PLAN, risk -> new RiskClosed(risk.id(), risk.category()))
        .refusing(REVIEW, risk -> new RiskClosed(risk.id(), risk.category()))
        .build();

    private RiskLifecycle() {
    }
}
