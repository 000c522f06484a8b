package dev.directsupply.admission.application;

import dev.directsupply.admission.application.internal.ApplicationDocuments;
import dev.directsupply.admission.cooperation.AgreementDetails;
import dev.directsupply.admission.cooperation.AgreementNotSecured;
import dev.directsupply.admission.cooperation.CooperationDesk;
import dev.directsupply.admission.cooperation.OpenAgreement;
import dev.directsupply.admission.cooperation.SignaturesDetails;
import dev.directsupply.customer.AdmitCustomer;
import dev.directsupply.customer.ClassificationParameters;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.customer.ScalePolicy;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Accepted;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.service.Work;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Versioned;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Admission as a service (DS-3.4): a prospect applies, the sales department reviews first, finance or
 * credit management evaluates its credit through the risk module's scorecard and confirms its annual
 * purchase, staff inspect on site where the rule requires it, management decides, and the signed
 * cooperation agreement makes the customer active — classified from the confirmed figures. Three different
 * people review one application, and nobody reviews their own (segregation of duties, which the host may
 * relax per {@link AdmissionPermissions}). Every step goes through the kernel's pipeline and evaluates the
 * admission criteria anew; a refused step changes nothing.
 */
public final class AdmissionDesk {
    /** The collection applications are stored in. */
    public static final String APPLICATIONS = "admission-applications";

    private final Pipeline pipeline;
    private final Aggregates<Application> applications;
    private final CustomerDesk customers;
    private final CooperationDesk cooperation;
    private final CreditEvaluations credit;
    private final AdmissionCriteria rules;
    private final ProspectAnalyst analyst;
    private final Currency currency;
    private final int reapplyAfterRejectionDays;
    private final Actor system;
    private final Clock clock;

    public AdmissionDesk(Pipeline pipeline, AdmissionParameters parameters, ClassificationParameters classification,
                         CustomerDesk customers, CooperationDesk cooperation, CreditEvaluations credit) {
        this.pipeline = pipeline;
        // DS-7.2.2: an application is in the scope of those who reach its customer.
        this.applications = pipeline.aggregates(APPLICATIONS, ApplicationDocuments.APPLICATIONS)
            .scopedBy(application -> application.customerId().value());
        this.customers = customers;
        this.cooperation = cooperation;
        this.credit = credit;
        this.rules = new AdmissionCriteria(parameters, new ScalePolicy(classification));
        this.analyst = new ProspectAnalyst(parameters, new ScalePolicy(classification));
        this.currency = classification.currency();
        this.reapplyAfterRejectionDays = parameters.reapplyAfterRejectionDays();
        this.system = pipeline.systemActor("admission");
        this.clock = pipeline.clock();
    }

    /**
     * DS-3.4 step 1: a registered prospect applies. A customer already admitted, suspended or ended is
     * {@link NotAProspect}; a prospect with an application still open has {@link ApplicationAlreadyOpen}; one
     * rejected less than {@code admission.reapplyAfterRejectionDays} ago is {@link TooSoonToReapply}.
     */
    public Application apply(Actor actor, ApplyForAdmission command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Customer customer = customers.get(actor, command.customerId());
            if (customer.status() != CustomerStatus.PROSPECT) {
                throw new NotAProspect(customer.id(), customer.status());
            }
            List<Versioned<Application>> earlier = applications.stored("customer", customer.id().value());
            LocalDate today = LocalDate.now(clock);
            for (Versioned<Application> application : earlier) {
                if (application.aggregate().isOpen()) {
                    throw new ApplicationAlreadyOpen(customer.id(), application.aggregate().id());
                }
                LocalDate again = rejectedOn(application.aggregate())
                    .map(day -> day.plusDays(reapplyAfterRejectionDays))
                    .orElse(today);
                if (today.isBefore(again)) {
                    throw new TooSoonToReapply(customer.id(), application.aggregate().id(), again);
                }
            }
            // Two applications made at once take the same number: the second loses the race on it, is
            // tried again, and finds the first one open.
            ApplicationId id = ApplicationId.numbered(customer.id(), earlier.size() + 1);
            return work.create(applications, Application.submit(id, customer.id(),
                command.details().toForm(currency), rules, actor, clock));
        });
    }

    /**
     * A returned application comes back with its form completed; it is reviewed again from step 2. Whoever
     * reviewed it does not rewrite it (DS-3.4), and whoever resubmits it counts as its applicant from then on.
     */
    public Application resubmit(Actor actor, ResubmitApplication command) {
        return step(actor, command, command.applicationId(), null, (work, application) -> {
            for (ActorId reviewer : application.reviews().everyReviewer()) {
                pipeline.requireSeparate(actor, command.permission(), AdmissionPermissions.APPLY_THEN_REVIEW,
                    reviewer);
            }
            return application.resubmit(command.details().toForm(currency), command.note().strip(), rules, actor,
                clock);
        });
    }

    /** DS-3.4 step 2, by the sales department: pass, return or reject, with an opinion. */
    public Application reviewPreliminarily(Actor actor, ReviewPreliminarily command) {
        return step(actor, command, command.applicationId(), ReviewStage.PRELIMINARY, (work, application) ->
            application.reviewPreliminarily(PreliminaryVerdict.valueOf(command.verdict()),
                command.majorViolationFound(), command.opinion().strip(), rules, actor, clock));
    }

    /**
     * DS-3.4 step 3, by finance or credit management: the risk module evaluates the prospect's credit now
     * and keeps its report, in this step's write, and the annual purchase is confirmed or corrected.
     */
    public Application evaluateCredit(Actor actor, EvaluateApplicantCredit command) {
        return step(actor, command, command.applicationId(), ReviewStage.CREDIT, (work, application) -> {
            // Asked before the risk module grades anyone: an application that cannot take the step costs no report.
            AdmissionLifecycle.TABLE.require(application.status(), ApplicationAction.EVALUATE_CREDIT);
            return application.evaluateCredit(credit.evaluate(actor, application.customerId()),
                Money.of(command.confirmedAnnualPurchase(), currency), command.note().strip(), rules, actor, clock);
        });
    }

    /**
     * DS-3.4 step 4: the site inspection's findings, recorded by someone who neither applied nor takes another
     * review of the application (the company's choice, stricter than the policy's three reviewers; a host may
     * relax {@link AdmissionPermissions#ONE_REVIEW_EACH}).
     */
    public Application inspect(Actor actor, RecordSiteInspection command) {
        return step(actor, command, command.applicationId(), ReviewStage.INSPECTION, (work, application) ->
            application.inspect(command.visitedOn(), command.findings().strip(), command.conditionsConfirmed(), rules,
                actor, clock));
    }

    /** DS-3.4 step 5, by management: approve or reject, confirming the strategic importance. */
    public Application decide(Actor actor, DecideAdmission command) {
        return step(actor, command, command.applicationId(), ReviewStage.FINAL, (work, application) ->
            application.decide(FinalVerdict.valueOf(command.verdict()),
                StrategicImportance.valueOf(command.importance()), command.reason().strip(),
                rules, actor, clock));
    }

    /**
     * DS-3.4 step 6: the agreement is signed — recorded by someone other than the applicant — and in the same
     * write the customer becomes active, its scale tier set from the confirmed annual purchase and its
     * importance the one management confirmed.
     */
    public Application signAgreement(Actor actor, SignCooperationAgreement command) {
        AgreementDetails agreement = command.agreement();
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<Application> current = work.get(applications, command.applicationId());
            separateFromApplicant(actor, command.permission(), current.aggregate());
            // Asked before anything is opened: only an approved application is signed.
            AdmissionLifecycle.TABLE.require(current.aggregate().status(), ApplicationAction.SIGN_AGREEMENT);
            requireSecurity(agreement, current.aggregate().form().security());
            SignaturesDetails signatures = agreement.signatures();
            Application signed = work.save(applications, current, current.aggregate().signAgreement(
                new SignedAgreement(agreement.id().value(), signatures.signedOn(),
                    signatures.supplierSignatory().strip(), signatures.customerSignatory().strip(), actor.id(),
                    clock.instant()), rules, actor, clock))
                .aggregate();
            cooperation.open(system, new OpenAgreement(signed.customerId(), signed.id().value(), agreement));
            customers.admit(system, new AdmitCustomer(signed.customerId(), signed.id().value(),
                signed.confirmedAnnualPurchase().amount(), signed.reviews().decision().importance().name(),
                "agreement " + signed.reviews().agreement().reference()));
            return signed;
        });
    }

    /**
     * DS-3.3.2: a newly developed customer gives a credit guarantee or a prepayment, and its agreement carries
     * at least the one its application offered and was approved on.
     */
    private void requireSecurity(AgreementDetails agreement, SecurityOffer offered) {
        BigDecimal ratio = agreement.terms().payment().prepaymentRatio();
        BigDecimal guarantee = agreement.terms().payment().guarantee();
        if (ratio.signum() <= 0 && guarantee.signum() <= 0) {
            throw new AgreementNotSecured(agreement.id(), "a credit guarantee or a prepayment");
        }
        if (offered.kind() == SecurityKind.GUARANTEE && guarantee.compareTo(offered.guarantee().amount()) < 0) {
            throw new AgreementNotSecured(agreement.id(), "a guarantee of " + offered.guarantee() + " as offered");
        }
        if (offered.kind() == SecurityKind.PREPAYMENT && ratio.compareTo(offered.prepaymentRatio()) < 0) {
            throw new AgreementNotSecured(agreement.id(),
                "a prepayment of " + offered.prepaymentRatio().toPlainString() + " as offered");
        }
    }

    /** The day the application was rejected, if it was. */
    private Optional<LocalDate> rejectedOn(Application application) {
        return application.status() != ApplicationStatus.REJECTED ? Optional.empty()
            : Optional.of(LocalDate.ofInstant(application.steps().get(application.steps().size() - 1).at(),
                clock.getZone()));
    }

    /** The applicant withdraws. */
    public Application withdraw(Actor actor, WithdrawApplication command) {
        return step(actor, command, command.applicationId(), null,
            (work, application) -> application.withdraw(command.reason().strip(), rules, actor, clock));
    }

    /**
     * Expires every open application in the actor's scope that nobody acted on for longer than the policy
     * allows, and returns them. Run it on a schedule: an application already expired is not open, so a second
     * run finds nothing more.
     */
    public List<Application> expireIdle(Actor actor) {
        Accepted<ExpireApplications> run = pipeline.accept(actor, new ExpireApplications());
        LocalDate today = LocalDate.now(clock);
        List<Application> expired = new ArrayList<>();
        for (Application open : applications.findBy(actor, AdmissionPermissions.VIEW, "open", "true")) {
            if (AdmissionLifecycle.TABLE.permits(open.status(), ApplicationAction.EXPIRE,
                new ApplicationAt(open, today, clock.getZone()))) {
                expired.add(run.write(work -> work.change(applications, open.id(), application ->
                    application.isOpen() ? application.expire(rules, actor, clock) : Changed.nothing(application))));
            }
        }
        return expired;
    }

    // ------------------------------------------------------------------------------ reading

    /**
     * The prospect analysis of the application as it stands (DS-3.2.2): capacity, credit standing and
     * growth potential scored, and the strategic importance the score proposes (DS-2.2.3).
     */
    public ProspectAnalysis analysis(Actor actor, ApplicationId id) {
        return analyst.analyse(application(actor, id));
    }

    /** The application, with its criteria as last evaluated. */
    public Application application(Actor actor, ApplicationId id) {
        return applications.get(actor, AdmissionPermissions.VIEW, id);
    }

    /** The customer's applications, the first first. */
    public List<Application> applicationsOf(Actor actor, CustomerId customer) {
        return applications.findBy(actor, AdmissionPermissions.VIEW, "customer", customer).stream()
            .sorted(Comparator.comparing(Application::submittedAt)).toList();
    }

    /** Every application, open or ended, for reports such as progress against development targets. */
    public List<Application> all(Actor actor) {
        List<Application> all = new ArrayList<>(applications.findBy(actor, AdmissionPermissions.VIEW, "open", "true"));
        all.addAll(applications.findBy(actor, AdmissionPermissions.VIEW, "open", "false"));
        return all;
    }

    /** Applications waiting in the status, the longest waiting first. */
    public List<Application> inStatus(Actor actor, ApplicationStatus status) {
        pipeline.authorizeQuery(actor, AdmissionPermissions.VIEW, "ApplicationStatus", "status", status, "DS-3.4");
        return applications.findBy(actor, AdmissionPermissions.VIEW, "status", status.name()).stream()
            .sorted(Comparator.comparing(Application::expiresOn)).toList();
    }

    /** The application's audit trail (DS-7.2.1). */
    public AuditVerification verifyApplicationTrail(Actor actor, ApplicationId id) {
        return applications.auditTrails(actor, AdmissionPermissions.VERIFY_AUDIT).verify(Aggregates.require(id));
    }

    // ------------------------------------------------------------------------------ one step

    private void separateFromApplicant(Actor actor, Permission permission, Application application) {
        for (ActorId applicant : application.reviews().applicants()) {
            pipeline.requireSeparate(actor, permission, AdmissionPermissions.APPLY_THEN_REVIEW, applicant);
        }
    }

    /** One step on one application: its separations checked on what is stored, then decided and saved. */
    private Application step(Actor actor, Command command, ApplicationId id, ReviewStage stage,
                             BiFunction<Work, Application, Changed<Application>> decide) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<Application> current = work.get(applications, id);
            Application application = current.aggregate();
            if (stage != null) {
                separate(actor, command.permission(), application, stage);
            }
            return work.save(applications, current, decide.apply(work, application)).aggregate();
        });
    }

    /**
     * DS-3.4: the applicant does not review their own application, and the preliminary, credit and final
     * reviews are three different people's, over every round of the application.
     */
    private void separate(Actor actor, Permission permission, Application application, ReviewStage stage) {
        separateFromApplicant(actor, permission, application);
        for (ActorId earlier : application.reviews().reviewersOtherThan(stage)) {
            pipeline.requireSeparate(actor, permission, AdmissionPermissions.ONE_REVIEW_EACH, earlier);
        }
    }
}
