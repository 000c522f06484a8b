package dev.directsupply.admission.application;

import static dev.directsupply.admission.application.ApplicationAction.APPROVE;
import static dev.directsupply.admission.application.ApplicationAction.EVALUATE_CREDIT;
import static dev.directsupply.admission.application.ApplicationAction.EXPIRE;
import static dev.directsupply.admission.application.ApplicationAction.INSPECT;
import static dev.directsupply.admission.application.ApplicationAction.PASS_PRELIMINARY;
import static dev.directsupply.admission.application.ApplicationAction.REJECT_FINAL;
import static dev.directsupply.admission.application.ApplicationAction.REJECT_PRELIMINARY;
import static dev.directsupply.admission.application.ApplicationAction.RESUBMIT;
import static dev.directsupply.admission.application.ApplicationAction.RETURN;
import static dev.directsupply.admission.application.ApplicationAction.SIGN_AGREEMENT;
import static dev.directsupply.admission.application.ApplicationAction.WITHDRAW;
import static dev.directsupply.admission.application.ApplicationStatus.ADMITTED;
import static dev.directsupply.admission.application.ApplicationStatus.APPROVED;
import static dev.directsupply.admission.application.ApplicationStatus.CREDIT_EVALUATED;
import static dev.directsupply.admission.application.ApplicationStatus.EXPIRED;
import static dev.directsupply.admission.application.ApplicationStatus.INSPECTED;
import static dev.directsupply.admission.application.ApplicationStatus.PRELIMINARY_PASSED;
import static dev.directsupply.admission.application.ApplicationStatus.REJECTED;
import static dev.directsupply.admission.application.ApplicationStatus.RETURNED;
import static dev.directsupply.admission.application.ApplicationStatus.SUBMITTED;
import static dev.directsupply.admission.application.ApplicationStatus.WITHDRAWN;

import dev.directsupply.kernel.statemachine.Guard;
import dev.directsupply.kernel.statemachine.TransitionTable;
import java.time.LocalDate;

/**
 * The admission workflow of DS-3.4 as a transition table: application, preliminary review, credit
 * evaluation, a site inspection where the rule requires one, final review, cooperation agreement — in
 * that order and no other. Final approval needs every admission criterion met (DS-2.1, DS-3.3.1 –
 * DS-3.3.3), among them a credit grade at or above the minimum (DS-3.3.2), and the inspection where one
 * is required; signing needs the criteria still met on the day (a licence that lapsed since the approval
 * stops it — the company's reading of DS-3.3.1, stricter than the policy's words, so that nobody starts
 * trading without a qualification in force). No step moves an application forward once the day it
 * expires has come, whether or not the scan has expired it yet; it may still be rejected, withdrawn or
 * expired. An inspection is dated on or after the application, an agreement on or after the approval.
 * An open application may be withdrawn, and expires when nobody acts on it for too long.
 * Who may take each step, and that three different people review, is the desk's
 * ({@link AdmissionPermissions}). Diagram: {@code docs/state-diagrams/admission-workflow.md}.
 */
public final class AdmissionLifecycle {
    static final Guard<ApplicationAt> CRITERIA_MET = Guard.of("admission.guard.criteria-met", "DS-3.3.1",
        at -> at.application().criteria().allPass());
    static final Guard<ApplicationAt> GRADE_AT_MINIMUM = Guard.of("admission.guard.grade-at-minimum", "DS-3.3.2",
        at -> at.application().criteria().outcomeOf(Criterion.CREDIT_GRADE) == Outcome.PASS);
    static final Guard<ApplicationAt> INSPECTED_WHERE_REQUIRED = Guard.of("admission.guard.inspected-where-required",
        "DS-3.4", at -> !at.application().criteria().inspectionRequired()
            || at.application().reviews().inspection() != null);
    static final Guard<ApplicationAt> IDLE_TOO_LONG = Guard.of("admission.guard.idle-too-long", "DS-3.4",
        at -> !at.today().isBefore(at.application().expiresOn()));
    static final Guard<ApplicationAt> NOT_EXPIRED = Guard.of("admission.guard.not-expired", "DS-3.4",
        at -> at.today().isBefore(at.application().expiresOn()));
    static final Guard<ApplicationAt> VISITED_SINCE_APPLYING = Guard.of("admission.guard.visited-since-applying",
        "DS-3.4", at -> !at.application().reviews().inspection().visitedOn().isBefore(at.application().submittedOn()));
    static final Guard<ApplicationAt> SIGNED_SINCE_APPROVAL = Guard.of("admission.guard.signed-since-approval",
        "DS-3.4", at -> !at.application().reviews().agreement().signedOn().isBefore(LocalDate.ofInstant(
            at.application().reviews().decision().at(), at.zone())));

    public static final TransitionTable<ApplicationStatus, ApplicationAction, ApplicationAt> TABLE = TransitionTable
        .builder("admission.lifecycle", ApplicationStatus.class, ApplicationAction.class, ApplicationAt.class)
        .initial(SUBMITTED)
        .from(SUBMITTED).on(PASS_PRELIMINARY).to(PRELIMINARY_PASSED).when(NOT_EXPIRED)
        .from(SUBMITTED).on(RETURN).to(RETURNED).when(NOT_EXPIRED)
        .from(SUBMITTED).on(REJECT_PRELIMINARY).to(REJECTED)
        .from(RETURNED).on(RESUBMIT).to(SUBMITTED).when(NOT_EXPIRED)
        .from(PRELIMINARY_PASSED).on(EVALUATE_CREDIT).to(CREDIT_EVALUATED).when(NOT_EXPIRED)
        .from(CREDIT_EVALUATED).on(INSPECT).to(INSPECTED).when(NOT_EXPIRED).when(VISITED_SINCE_APPLYING)
        .from(CREDIT_EVALUATED, INSPECTED).on(APPROVE).to(APPROVED).when(NOT_EXPIRED)
            .when(GRADE_AT_MINIMUM).when(CRITERIA_MET).when(INSPECTED_WHERE_REQUIRED)
        .from(CREDIT_EVALUATED, INSPECTED).on(REJECT_FINAL).to(REJECTED)
        .from(APPROVED).on(SIGN_AGREEMENT).to(ADMITTED).when(NOT_EXPIRED).when(CRITERIA_MET)
            .when(SIGNED_SINCE_APPROVAL)
        .from(SUBMITTED, RETURNED, PRELIMINARY_PASSED, CREDIT_EVALUATED, INSPECTED, APPROVED).on(WITHDRAW)
            .to(WITHDRAWN)
        .from(SUBMITTED, RETURNED, PRELIMINARY_PASSED, CREDIT_EVALUATED, INSPECTED, APPROVED).on(EXPIRE)
            .to(EXPIRED).when(IDLE_TOO_LONG)
        .build();

    private AdmissionLifecycle() {
    }
}
