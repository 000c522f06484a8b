package dev.directsupply.risk.credit;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A credit evaluation report (DS-3.4 step 3, DS-6.2.1): who evaluated which customer when and why,
 * the inputs as given, the scored lines, the grade, and the version of the parameters it used. Never
 * changed once issued.
 */
public record CreditReport(CreditReportId id, CustomerId customerId, Occasion occasion, Map<String, String> inputs,
                           Evaluation evaluation) {

    public CreditReport {
        Require.nonNull(id, "id", customerId, "customerId", occasion, "occasion");
        inputs = java.util.Collections.unmodifiableMap(new TreeMap<>(inputs));
        Objects.requireNonNull(evaluation, "evaluation");
    }

    /**
     * Why, by whom, when and under which policy a customer was evaluated.
     *
     * @param parametersVersion the version of the policy parameters the scorecard came from
     */
    public record Occasion(CreditTrigger trigger, ActorId evaluatedBy, Instant evaluatedAt, String parametersVersion) {
        public Occasion {
            Require.nonNull(trigger, "trigger", evaluatedBy, "evaluatedBy", evaluatedAt, "evaluatedAt",
                parametersVersion, "parametersVersion");
        }
    }

    /** Scores the inputs and issues the report. */
    public static Changed<CreditReport> issue(CreditReportId id, CustomerId customerId, CreditTrigger trigger,
                                              Map<String, String> inputs, Scorecard scorecard,
                                              String parametersVersion, Actor actor, Clock clock) {
        Evaluation evaluation = scorecard.evaluate(inputs);
        Instant now = clock.instant();
        CreditReport report = new CreditReport(id, customerId, new Occasion(trigger, actor.id(), now,
            parametersVersion), inputs, evaluation);
        return Changed.to(report, new CreditReportIssued(id, customerId, trigger, evaluation.score(),
            evaluation.grade(), parametersVersion, now));
    }

    public CreditGrade grade() {
        return evaluation.grade();
    }

    public CreditTrigger trigger() {
        return occasion.trigger();
    }

    public ActorId evaluatedBy() {
        return occasion.evaluatedBy();
    }

    public Instant evaluatedAt() {
        return occasion.evaluatedAt();
    }

    public String parametersVersion() {
        return occasion.parametersVersion();
    }
}
