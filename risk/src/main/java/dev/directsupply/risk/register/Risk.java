package dev.directsupply.risk.register;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A risk in the register (DS-6.1, DS-6.2): what it is ({@link Identification}), how likely and how
 * harmful ({@link Rating}, null until assessed), what is done about it ({@link ResponsePlan}), where it
 * stands ({@link RiskLifecycle}) and how it got there. Immutable: each behaviour returns the next risk
 * and its events; the lifecycle's table alone says which behaviour may happen now.
 */
public record Risk(RiskId id, Identification identification, RiskStatus status, Rating rating,
                   ResponsePlan response, List<RiskNote> history) {

    public Risk {
        Require.nonNull(id, "id", identification, "identification", status, "status", response, "response");
        history = List.copyOf(history);
    }

    /** Enters a risk in the register, its first review due after the register's interval. */
    public static Changed<Risk> identify(RiskId id, Identification what, ActorId owner, int reviewIntervalDays,
                                         Actor actor, Clock clock) {
        Instant now = what.raisedAt();
        LocalDate reviewOn = LocalDate.ofInstant(now, clock.getZone()).plusDays(reviewIntervalDays);
        Risk risk = new Risk(id, what, RiskStatus.IDENTIFIED, null, ResponsePlan.first(owner, reviewOn),
            List.of(new RiskNote("IDENTIFIED", actor.id(), now, what.description())));
        return Changed.to(risk, new RiskIdentified(id, what.category(), what.subject(), what.description(),
            what.automatic(), now));
    }

    public RiskCategory category() {
        return identification.category();
    }

    public RiskSubject subject() {
        return identification.subject();
    }

    public String source() {
        return identification.source();
    }

    public Instant raisedAt() {
        return identification.raisedAt();
    }

    public List<String> responses() {
        return response.measures();
    }

    public LocalDate reviewOn() {
        return response.reviewOn();
    }

    public boolean isRated() {
        return rating != null;
    }

    public boolean isOpen() {
        return status != RiskStatus.CLOSED;
    }

    /** High and critical risks, and every supply risk, need a contingency plan before mitigation (DS-6.2.4). */
    public boolean hasContingencyWhereNeeded() {
        boolean needed = category() == RiskCategory.SUPPLY
            || rating != null && (rating.level() == RiskLevel.HIGH || rating.level() == RiskLevel.CRITICAL);
        return !needed || response.hasContingency();
    }

    /** Whether the review date has passed on the day while the risk is open. */
    public boolean isReviewOverdue(LocalDate day) {
        return isOpen() && response.reviewOn().isBefore(day);
    }

    /** Rates the risk, likelihood × impact, and moves it to ASSESSED. */
    public Changed<Risk> assess(int likelihood, int impact, RiskRegisterParameters parameters, String note,
                                Actor actor, Clock clock) {
        Rating next = new Rating(likelihood, impact, parameters.levelOf(likelihood * impact));
        Risk rated = new Risk(id, identification, status, next, response, history);
        RiskStatus to = RiskLifecycle.TABLE.next(status, RiskAction.ASSESS, rated);
        Instant now = clock.instant();
        return Changed.to(rated.moved(to, RiskAction.ASSESS, note, actor, now),
            new RiskAssessed(id, likelihood, impact, next.level(), now),
            new RiskMoved(id, status, to, RiskAction.ASSESS, note, now));
    }

    /**
     * Records the response measures, contingency plan, owner and next review; the status stays. A risk
     * being mitigated keeps what its mitigation needs (DS-6.2.2, DS-6.2.4); a closed risk is not planned.
     */
    public Changed<Risk> plan(ResponsePlan plan, Actor actor, Clock clock) {
        Risk candidate = new Risk(id, identification, status, rating, plan, history);
        RiskLifecycle.TABLE.next(status, RiskAction.PLAN, candidate);
        Instant now = clock.instant();
        Risk planned = candidate.noted("PLANNED", "responses: " + plan.measures().size()
            + (plan.hasContingency() ? ", contingency plan" : ""), actor, now);
        return Changed.to(planned, new RiskReviewed(id, "response planned", plan.reviewOn(), now));
    }

    /** Moves the risk as its lifecycle allows: mitigate, monitor, escalate, close. */
    public Changed<Risk> move(RiskAction action, String note, Actor actor, Clock clock) {
        RiskStatus to = RiskLifecycle.TABLE.next(status, action, this);
        Instant now = clock.instant();
        return Changed.to(moved(to, action, note, actor, now), new RiskMoved(id, status, to, action, note, now));
    }

    /** A review: what was found, and when to look again. */
    public Changed<Risk> review(String note, LocalDate nextReview, Actor actor, Clock clock) {
        RiskLifecycle.TABLE.require(status, RiskAction.REVIEW, this);
        Instant now = clock.instant();
        Risk reviewed = new Risk(id, identification, status, rating, response.reviewedNext(nextReview), history)
            .noted("REVIEWED", note, actor, now);
        return Changed.to(reviewed, new RiskReviewed(id, note, nextReview, now));
    }

    private Risk moved(RiskStatus to, RiskAction action, String note, Actor actor, Instant now) {
        return new Risk(id, identification, to, rating, response, history).noted(action.name(), note, actor, now);
    }

    private Risk noted(String what, String note, Actor actor, Instant now) {
        List<RiskNote> notes = new ArrayList<>(history.size() + 1);
        notes.addAll(history);
        notes.add(new RiskNote(what, actor.id(), now, note));
        return new Risk(id, identification, status, rating, response, notes);
    }
}
