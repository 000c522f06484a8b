package dev.directsupply.admission.lead;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A lead (DS-3.1.2): a prospect found through a channel, owned by a person in sales, worked from NEW
 * through CONTACTED and QUALIFIED until it is converted into an admission application, or disqualified
 * with a reason. It carries the date of its next follow-up while it is open. Immutable; the table
 * ({@link LeadLifecycle#TABLE}) alone judges each step.
 *
 * @param followUpOn the day of the next follow-up; {@code null} once the lead is closed
 */
public record Lead(LeadId id, Prospect prospect, LeadSource source, ActorId owner, LeadStatus status,
                   LocalDate followUpOn, LeadHistory history) {

    public Lead {
        Require.nonNull(id, "id", prospect, "prospect", source, "source", owner, "owner", status, "status");
        Objects.requireNonNull(history, "history");
    }

    /** A new lead, its first follow-up planned. */
    public static Changed<Lead> record(LeadId id, Prospect prospect, LeadSource source, ActorId owner,
                                       LocalDate followUpOn, Actor actor, Clock clock) {
        Instant now = clock.instant();
        LeadStatus initial = LeadLifecycle.TABLE.initial();
        Lead lead = new Lead(id, prospect, source, owner, initial, followUpOn, new LeadHistory(List.of(
            new LeadStep(null, initial, null, actor.id(), now, "recorded")), null));
        return Changed.to(lead, new LeadRecorded(id, source.channel(), source.referredBy(), owner,
            prospect.region(), prospect.industry(), now));
    }

    /** The prospect was reached; the next follow-up is planned. */
    public Changed<Lead> contact(String note, LocalDate nextFollowUp, Actor actor, Clock clock) {
        return moved(LeadAction.CONTACT, note, nextFollowUp, null, actor, clock);
    }

    /** The prospect has real demand worth an application; the next follow-up is planned. */
    public Changed<Lead> qualify(String note, LocalDate nextFollowUp, Actor actor, Clock clock) {
        return moved(LeadAction.QUALIFY, note, nextFollowUp, null, actor, clock);
    }

    /** Not worth pursuing, for the reason given. */
    public Changed<Lead> disqualify(String reason, Actor actor, Clock clock) {
        return moved(LeadAction.DISQUALIFY, reason, null, null, actor, clock);
    }

    /** Became a registered prospect with an admission application. */
    public Changed<Lead> convert(Conversion conversion, Actor actor, Clock clock) {
        return moved(LeadAction.CONVERT, "application " + conversion.application(), null, conversion, actor, clock);
    }

    /** The next follow-up, with what it is for; the lead stays where it is. */
    public Changed<Lead> planFollowUp(LocalDate on, String note, Actor actor, Clock clock) {
        LeadLifecycle.TABLE.require(status, LeadAction.PLAN_FOLLOW_UP, this);
        Instant now = clock.instant();
        return Changed.to(new Lead(id, prospect, source, owner, status, on, history.with(new LeadStep(status, status,
            LeadAction.PLAN_FOLLOW_UP, actor.id(), now, note), null)));
    }

    /** Whether it is open and its follow-up day has passed. */
    public boolean isFollowUpOverdue(LocalDate today) {
        return status.isOpen() && followUpOn != null && followUpOn.isBefore(today);
    }

    /** When it was recorded. */
    public Instant recordedAt() {
        return history.steps().get(0).at();
    }

    /** When it first reached the status, if it has. */
    public java.util.Optional<Instant> reached(LeadStatus reached) {
        return history.steps().stream().filter(step -> step.to() == reached && step.from() != reached)
            .map(LeadStep::at).findFirst();
    }

    private Changed<Lead> moved(LeadAction action, String note, LocalDate nextFollowUp, Conversion conversion,
                                Actor actor, Clock clock) {
        LeadStatus to = LeadLifecycle.TABLE.next(status, action, this);
        Instant now = clock.instant();
        Lead next = new Lead(id, prospect, source, owner, to, to.isOpen() ? nextFollowUp : null,
            history.with(new LeadStep(status, to, action, actor.id(), now, note), conversion));
        return Changed.to(next, conversion == null ? new LeadMoved(id, status, to, action, note, now)
            : new LeadConverted(id, conversion.customer(), conversion.application(), now));
    }
}
