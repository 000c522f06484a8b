package dev.directsupply.risk.register;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.statemachine.TransitionRejected;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A risk in the register (DS-6.1, DS-6.2): what it is about, how likely and how harmful, who owns it,
 * what is done about it, what happens if it strikes, and when it is looked at next. Immutable.
 *
 * @param rating          null until assessed
 * @param contingencyPlan empty until one is planned (e.g. an alternative supplier, DS-6.2.4)
 * @param source          {@code manual}, or the signal the monitor raised it from
 */
public record Risk(RiskId id, RiskCategory category, RiskSubject subject, String description, Rating rating,
                   ActorId owner, List<String> responses, String contingencyPlan, LocalDate reviewOn,
                   RiskStatus status, List<RiskNote> history, String source, Instant raisedAt) {

    public Risk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
        responses = List.copyOf(responses);
        contingencyPlan = contingencyPlan == null ? "" : contingencyPlan;
        Objects.requireNonNull(reviewOn, "reviewOn");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** Enters a risk in the register, first review due after the register's interval. */
    public static Changed<Risk> identify(RiskId id, RiskCategory category, RiskSubject subject, String description,
                                         ActorId owner, String source, int reviewIntervalDays, Actor actor,
                                         Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Risk risk = new Risk(id, category, subject, description, null, owner, List.of(), "",
            today.plusDays(reviewIntervalDays), RiskStatus.IDENTIFIED,
            List.of(new RiskNote("IDENTIFIED", actor.id(), now, description)), source, now);
        return Changed.to(risk, new RiskIdentified(id, category, subject, description, !"manual".equals(source), now));
    }

    public boolean isRated() {
        return rating != null;
    }

    public boolean isOpen() {
        return status != RiskStatus.CLOSED;
    }

    /** High and critical risks, and every supply risk, need a contingency plan before mitigation (DS-6.2.4). */
    public boolean hasContingencyWhereNeeded() {
        boolean needed = category == RiskCategory.SUPPLY
            || rating != null && (rating.level() == RiskLevel.HIGH || rating.level() == RiskLevel.CRITICAL);
        return !needed || !contingencyPlan.isBlank();
    }

    /** Rates the risk, likelihood × impact, and moves it to ASSESSED. */
    public Changed<Risk> assess(int likelihood, int impact, RiskRegisterParameters parameters, String note,
                                Actor actor, Clock clock) {
        Rating next = new Rating(likelihood, impact, parameters.levelOf(likelihood * impact));
        Risk rated = with(next, responses, contingencyPlan, owner, reviewOn, status, history);
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
    public Changed<Risk> plan(List<String> measures, String contingency, ActorId newOwner, LocalDate nextReview,
                              Actor actor, Clock clock) {
        requireOpen();
        Risk candidate = with(rating, measures, contingency, newOwner, nextReview, status, history);
        if (status == RiskStatus.MITIGATING) {
            for (var guard : List.of(RiskLifecycle.RESPONSE_PLANNED, RiskLifecycle.CONTINGENCY_WHERE_NEEDED)) {
                if (!guard.condition().test(candidate)) {
                    throw new TransitionRejected(RiskLifecycle.TABLE.name(), status, RiskAction.MITIGATE, guard);
                }
            }
        }
        Instant now = clock.instant();
        Risk planned = candidate
            .noted("PLANNED", "responses: " + measures.size() + (contingency.isBlank() ? "" : ", contingency plan"),
                actor, now);
        return Changed.to(planned, new RiskReviewed(id, "response planned", nextReview, now));
    }

    /** Moves the risk as its lifecycle allows: mitigate, monitor, escalate, close. */
    public Changed<Risk> move(RiskAction action, String note, Actor actor, Clock clock) {
        RiskStatus to = RiskLifecycle.TABLE.next(status, action, this);
        Instant now = clock.instant();
        return Changed.to(moved(to, action, note, actor, now), new RiskMoved(id, status, to, action, note, now));
    }

    /** A review: what was found, and when to look again. */
    public Changed<Risk> review(String note, LocalDate nextReview, Actor actor, Clock clock) {
        requireOpen();
        Instant now = clock.instant();
        Risk reviewed = with(rating, responses, contingencyPlan, owner, nextReview, status, history)
            .noted("REVIEWED", note, actor, now);
        return Changed.to(reviewed, new RiskReviewed(id, note, nextReview, now));
    }

    /** Whether the review date has passed on the day while the risk is open. */
    public boolean isReviewOverdue(LocalDate day) {
        return isOpen() && reviewOn.isBefore(day);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new RiskClosed(id, category);
        }
    }

    private Risk moved(RiskStatus to, RiskAction action, String note, Actor actor, Instant now) {
        return with(rating, responses, contingencyPlan, owner, reviewOn, to, history).noted(action.name(), note, actor,
            now);
    }

    private Risk noted(String what, String note, Actor actor, Instant now) {
        List<RiskNote> notes = new ArrayList<>(history);
        notes.add(new RiskNote(what, actor.id(), now, note));
        return with(rating, responses, contingencyPlan, owner, reviewOn, status, notes);
    }

    private Risk with(Rating nextRating, List<String> nextResponses, String nextContingency, ActorId nextOwner,
                      LocalDate nextReview, RiskStatus nextStatus, List<RiskNote> nextHistory) {
        return new Risk(id, category, subject, description, nextRating, nextOwner, nextResponses, nextContingency,
            nextReview, nextStatus, nextHistory, source, raisedAt);
    }

}
