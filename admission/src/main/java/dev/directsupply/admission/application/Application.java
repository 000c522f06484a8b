package dev.directsupply.admission.application;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A prospect's application for admission (DS-3.4): its form, where it stands in the workflow, what each
 * review found, the admission criteria as last evaluated (DS-2.1, DS-3.3), and its history with the day it
 * expires unless someone acts. Immutable: each step returns the next application and the event it caused;
 * {@link AdmissionLifecycle#TABLE} alone judges whether the step may be taken.
 */
public record Application(ApplicationId id, CustomerId customerId, ApplicationForm form, ApplicationStatus status,
                          Reviews reviews, CriteriaEvaluation criteria, ApplicationHistory history) {

    public Application {
        Require.nonNull(id, "id", customerId, "customerId", form, "form", status, "status", reviews, "reviews",
            criteria, "criteria");
        Objects.requireNonNull(history, "history");
    }

    /** DS-3.4 step 1: the prospect applies, with its form; the criteria are evaluated on what it brings. */
    public static Changed<Application> submit(ApplicationId id, CustomerId customer, ApplicationForm form,
                                              AdmissionCriteria rules, Actor actor, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Reviews reviews = Reviews.submittedBy(actor.id());
        ApplicationStatus initial = AdmissionLifecycle.TABLE.initial();
        Application application = new Application(id, customer, form, initial, reviews,
            rules.evaluate(form, reviews, today), ApplicationHistory.begun(
                new ApplicationStep(null, initial, null, actor.id(), now, "submitted"), today,
                rules.expiresOn(today)));
        return Changed.to(application, new ApplicationSubmitted(id, customer, form.expectedImportance(), now));
    }

    // ------------------------------------------------------------------------------ the steps

    /** DS-3.4 step 2: pass, return for more information, or reject, with an opinion. */
    public Changed<Application> reviewPreliminarily(PreliminaryVerdict verdict, boolean majorViolationFound,
                                                    String opinion, AdmissionCriteria rules, Actor actor,
                                                    Clock clock) {
        PreliminaryReview review = new PreliminaryReview(actor.id(), verdict.action(), majorViolationFound, opinion,
            clock.instant());
        return moved(verdict.action(), form, reviews.withPreliminary(review), opinion, rules, actor, clock);
    }

    /** A returned application comes back with what was asked for, and is reviewed again from step 2. */
    public Changed<Application> resubmit(ApplicationForm revised, String note, AdmissionCriteria rules, Actor actor,
                                         Clock clock) {
        return moved(ApplicationAction.RESUBMIT, revised, reviews.resubmittedBy(actor.id()), note, rules, actor,
            clock);
    }

    /**
     * DS-3.4 step 3: the credit report attached (DS-3.3.2), and the declared annual purchase confirmed or
     * corrected: only the confirmed figure will set the customer's scale tier (DS-2.2.1).
     */
    public Changed<Application> evaluateCredit(CreditStanding standing, Money confirmedAnnualPurchase, String note,
                                               AdmissionCriteria rules, Actor actor, Clock clock) {
        CreditEvaluation evaluation = new CreditEvaluation(actor.id(), standing, confirmedAnnualPurchase, note,
            clock.instant());
        return moved(ApplicationAction.EVALUATE_CREDIT, form, reviews.withCredit(evaluation), note, rules, actor,
            clock);
    }

    /** DS-3.4 step 4: the site inspection's findings, and whether the declared conditions were found. */
    public Changed<Application> inspect(LocalDate visitedOn, String findings, boolean conditionsConfirmed,
                                        AdmissionCriteria rules, Actor actor, Clock clock) {
        SiteInspection inspection = new SiteInspection(actor.id(), visitedOn, findings, conditionsConfirmed,
            clock.instant());
        return moved(ApplicationAction.INSPECT, form, reviews.withInspection(inspection), findings, rules, actor,
            clock);
    }

    /**
     * DS-3.4 step 5: management approves or rejects, seeing everything before it, and confirms the strategic
     * importance (DS-2.2.3). Approval needs every criterion met, the minimum grade and the inspection where
     * one is required.
     */
    public Changed<Application> decide(FinalVerdict verdict, StrategicImportance importance, String reason,
                                       AdmissionCriteria rules, Actor actor, Clock clock) {
        FinalReview review = new FinalReview(actor.id(), verdict.action(), importance, reason, clock.instant());
        return moved(verdict.action(), form, reviews.withDecision(review), reason, rules, actor, clock);
    }

    /** DS-3.4 step 6: the cooperation agreement is signed; the customer becomes active with it. */
    public Changed<Application> signAgreement(SignedAgreement agreement, AdmissionCriteria rules, Actor actor,
                                              Clock clock) {
        return moved(ApplicationAction.SIGN_AGREEMENT, form, reviews.withAgreement(agreement),
            "agreement " + agreement.reference(), rules, actor, clock);
    }

    /** The applicant withdraws. */
    public Changed<Application> withdraw(String reason, AdmissionCriteria rules, Actor actor, Clock clock) {
        return moved(ApplicationAction.WITHDRAW, form, reviews, reason, rules, actor, clock);
    }

    /** Nobody acted on it before {@link #expiresOn()}. */
    public Changed<Application> expire(AdmissionCriteria rules, Actor actor, Clock clock) {
        return moved(ApplicationAction.EXPIRE, form, reviews, "no action since " + expiresOn().minusDays(
            rules.parameters().expireAfterDays()), rules, actor, clock);
    }

    // ------------------------------------------------------------------------------ what it is

    public boolean isOpen() {
        return status.isOpen();
    }

    /** The annual purchase the credit evaluation confirmed, if it has. */
    public Money confirmedAnnualPurchase() {
        return reviews.credit() == null ? null : reviews.credit().confirmedAnnualPurchase();
    }

    /** When it was submitted. */
    public Instant submittedAt() {
        return history.steps().get(0).at();
    }

    /** The day it was submitted, in the zone business days are counted in. */
    public LocalDate submittedOn() {
        return history.submittedOn();
    }

    /** The last day it waits for its next step before it may be expired. */
    public LocalDate expiresOn() {
        return history.expiresOn();
    }

    /** Every step it took, the submission first. */
    public List<ApplicationStep> steps() {
        return history.steps();
    }

    /**
     * The step, judged by the table on the application as the step leaves it, on the day: the criteria are
     * evaluated anew, so each review sees them as they stand, and the next expiry day is set.
     */
    private Changed<Application> moved(ApplicationAction action, ApplicationForm nextForm, Reviews nextReviews,
                                       String note, AdmissionCriteria rules, Actor actor, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        CriteriaEvaluation evaluated = rules.evaluate(nextForm, nextReviews, today);
        Application judged = new Application(id, customerId, nextForm, status, nextReviews, evaluated, history);
        ApplicationStatus to = AdmissionLifecycle.TABLE.next(status, action,
            new ApplicationAt(judged, today, clock.getZone()));
        Application next = new Application(id, customerId, nextForm, to, nextReviews, evaluated, history.with(
            new ApplicationStep(status, to, action, actor.id(), now, note), rules.expiresOn(today)));
        return Changed.to(next, new ApplicationMoved(id, customerId, status, to, action, note, now));
    }
}
