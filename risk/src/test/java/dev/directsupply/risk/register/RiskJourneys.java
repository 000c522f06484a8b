package dev.directsupply.risk.register;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.risk.RiskModule;
import dev.directsupply.testing.Journey;
import dev.directsupply.testing.ModuleHarness;
import dev.directsupply.testing.Staff;
import java.time.LocalDate;
import java.util.List;

/** Risks in any state of their lifecycle, built by living it: identified, then each step the table leads through. */
final class RiskJourneys {
    static final ManualClock CLOCK = ManualClock.on("2026-03-15", ModuleHarness.SHANGHAI);
    static final RiskRegisterParameters PARAMETERS = PolicyParameters.defaults(new RiskModule().parameters())
        .section(RiskRegisterParameters.class);

    private RiskJourneys() {
    }

    /** A quality risk just entered, not rated yet. */
    static Risk identified(RiskCategory category) {
        return Risk.identify(RiskId.of("r-1"), new Identification(category, RiskSubject.productLine("PL-FROZEN"),
            "ice crystals in frozen dumplings", "manual", CLOCK.instant()), ActorId.of("sun.mei"), 90, Staff.QUALITY,
            CLOCK).aggregate();
    }

    /** A plan with measures and a contingency. */
    static ResponsePlan aFullPlan() {
        return new ResponsePlan(ActorId.of("sun.mei"), List.of("extra freezer audit"), "backup cold-chain carrier",
            LocalDate.parse("2026-04-15"));
    }

    /** The way to any state: assessed low, planned in full, mitigated, monitored, closed. */
    static final Journey<Risk, RiskStatus, RiskAction> LOW_RISK = Journey
        .along(RiskLifecycle.TABLE, Risk::status, RiskAction.class)
        .step(RiskAction.ASSESS, risk -> risk.assess(1, 2, PARAMETERS, "", Staff.QUALITY, CLOCK))
        .step(RiskAction.MITIGATE, risk -> risk.plan(aFullPlan(), Staff.QUALITY, CLOCK).aggregate()
            .move(RiskAction.MITIGATE, "go", Staff.QUALITY, CLOCK))
        .step(RiskAction.MONITOR, risk -> risk.move(RiskAction.MONITOR, "watch", Staff.QUALITY, CLOCK))
        .step(RiskAction.CLOSE, risk -> risk.move(RiskAction.CLOSE, "gone", Staff.QUALITY, CLOCK));

    static Risk aRisk(RiskStatus status) {
        return LOW_RISK.to(status, identified(RiskCategory.QUALITY));
    }
}
