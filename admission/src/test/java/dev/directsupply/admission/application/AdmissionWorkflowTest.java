package dev.directsupply.admission.application;


import static dev.directsupply.admission.AdmissionFixtures.application;
import static dev.directsupply.admission.AdmissionFixtures.details;
import static dev.directsupply.admission.AdmissionFixtures.licenceUntil;
import static dev.directsupply.admission.AdmissionFixtures.needs;
import static dev.directsupply.admission.AdmissionFixtures.withNeeds;
import static dev.directsupply.admission.AdmissionFixtures.withQualification;
import static dev.directsupply.admission.AdmissionFixtures.withSecurity;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.QUALITY;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.admission.AdmissionFixtures;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.statemachine.TransitionRejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The six steps of DS-3.4 through the desk: each in order, each gate, each way an application ends. */
class AdmissionWorkflowTest {
    private final AdmissionFixtures fixtures = new AdmissionFixtures();
    private final AdmissionDesk desk = fixtures.admission;

    private Application applied(CustomerId customer) {
        return desk.apply(SALES, application(customer));
    }

    private Application creditEvaluated(CustomerId customer, String confirmed) {
        ApplicationId id = applied(customer).id();
        desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "资料齐全"));
        return desk.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal(confirmed), "报告已附"));
    }

    private Application approved(CustomerId customer, String confirmed) {
        ApplicationId id = creditEvaluated(customer, confirmed).id();
        return desk.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "条件均满足"));
    }

    private SignCooperationAgreement signing(ApplicationId id) {
        return AdmissionFixtures.signing(id, "CA-2026-001", LocalDate.parse("2026-03-15"));
    }

    @Test
    @DisplayName("DS-3.4 the six steps in order admit the customer: active, classified from the confirmed figure")
    void givenEveryStepPassed_whenAgreementSigned_thenCustomerActiveOnTheConfirmedFigure() {
        CustomerId customer = fixtures.prospect();
        Application approved = approved(customer, "800000");

        Application admitted = desk.signAgreement(SALES_MANAGER, signing(approved.id()));

        assertThat(admitted.status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(admitted.steps()).extracting(ApplicationStep::action).containsExactly(null,
            ApplicationAction.PASS_PRELIMINARY, ApplicationAction.EVALUATE_CREDIT, ApplicationAction.APPROVE,
            ApplicationAction.SIGN_AGREEMENT);
        Customer active = fixtures.customers.get(MANAGEMENT, customer);
        assertThat(active.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(active.scaleTier()).as("declared 2,000,000 (MEDIUM), confirmed 800,000").isEqualTo(ScaleTier.SMALL);
        assertThat(fixtures.modules.pending()).extracting(e -> e.type()).contains(
            "admission.ApplicationSubmitted", "admission.ApplicationMoved", "customer.CustomerStatusChanged");
    }

    @Test
    @DisplayName("DS-3.4 DS-3.3 the criteria are evaluated at every step and stored with the application")
    void givenApplication_whenEachStepTaken_thenCriteriaEvaluatedAnew() {
        CustomerId customer = fixtures.prospect();

        Application submitted = applied(customer);
        assertThat(submitted.criteria().outcomeOf(Criterion.CREDIT_GRADE)).isEqualTo(Outcome.MISSING_EVIDENCE);
        assertThat(submitted.criteria().outcomeOf(Criterion.NO_MAJOR_VIOLATION)).isEqualTo(Outcome.MISSING_EVIDENCE);
        assertThat(submitted.criteria().outcomeOf(Criterion.LAWFUL_QUALIFICATION)).isEqualTo(Outcome.PASS);

        Application evaluated = creditEvaluated(fixtures.prospect(), "2000000");
        assertThat(evaluated.criteria().allPass()).isTrue();
        assertThat(evaluated.criteria().explain(Locale.ENGLISH)).contains(
            "Credit grade (DS-3.3.2): pass — grade A is at or above the minimum A (report CR-1)");
        assertThat(evaluated.criteria().explain(Locale.SIMPLIFIED_CHINESE)).contains(
            "信用等级 (DS-3.3.2): 满足 — 信用等级 A 不低于最低等级 A（报告 CR-1）");
        assertThat(desk.application(MANAGEMENT, evaluated.id())).isEqualTo(evaluated);
    }

    @Test
    @DisplayName("DS-3.3.2 final approval is refused with a grade below the minimum; rejection ends it, no customer")
    void givenGradeBelowMinimum_whenApproved_thenRefusedAndRejectable() {
        CustomerId customer = fixtures.prospect();
        fixtures.grades.grade(customer, "BB");
        ApplicationId id = creditEvaluated(customer, "2000000").id();

        assertThatThrownBy(() -> desk.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "ok")))
            .isInstanceOfSatisfying(TransitionRejected.class, e -> {
                assertThat(e.rule()).contains("DS-3.3.2");
                assertThat(e.getMessage()).contains("the credit grade is at or above the minimum for admission");
            });
        assertThat(desk.application(MANAGEMENT, id).status()).isEqualTo(ApplicationStatus.CREDIT_EVALUATED);

        Application rejected = desk.decide(MANAGEMENT, new DecideAdmission(id, "REJECT", "GENERAL", "信用等级不足"));
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(fixtures.customers.get(MANAGEMENT, customer).status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThatThrownBy(() -> desk.signAgreement(SALES_MANAGER, signing(id))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    @DisplayName("DS-3.3.1 a violation the risk module holds on record fails the criterion, though the preliminary review found none")
    void givenViolationInRiskRecords_whenApproved_thenRefused() {
        CustomerId customer = fixtures.prospect();
        fixtures.grades.violations(customer, 2);
        Application evaluated = creditEvaluated(customer, "2000000");

        assertThat(evaluated.criteria().outcomeOf(Criterion.NO_MAJOR_VIOLATION)).isEqualTo(Outcome.FAIL);
        assertThat(String.join("\n", evaluated.criteria().explain(Locale.ENGLISH)))
            .contains("the risk module holds 2 legal or regulatory violation(s) on record");
        assertThatThrownBy(() -> desk.decide(MANAGEMENT, new DecideAdmission(evaluated.id(), "APPROVE", "GENERAL",
            "ok"))).isInstanceOf(TransitionRejected.class);
        assertThat(desk.application(MANAGEMENT, evaluated.id()).status()).isEqualTo(ApplicationStatus.CREDIT_EVALUATED);
    }

    @Test
    @DisplayName("DS-3.4 step 4 a prospect expected to be IMPORTANT is inspected before final approval")
    void givenImportantProspect_whenApprovedWithoutInspection_thenRefusedThenApprovedAfterIt() {
        CustomerId customer = fixtures.prospect();
        ApplicationId id = desk.apply(SALES, new ApplyForAdmission(customer, details("IMPORTANT", "2000000"))).id();
        desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "重点客户"));
        Application evaluated = desk.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("2000000"),
            "报告已附"));
        assertThat(evaluated.criteria().inspectionRequired()).isTrue();

        assertThatThrownBy(() -> desk.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "IMPORTANT", "ok")))
            .isInstanceOfSatisfying(TransitionRejected.class, e -> assertThat(e.guard())
                .isEqualTo("admission.guard.inspected-where-required"));

        desk.inspect(QUALITY, new RecordSiteInspection(id, LocalDate.parse("2026-03-15"), "门店与中央厨房整洁", true));
        Application approved = desk.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "IMPORTANT", "ok"));
        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        desk.signAgreement(SALES_MANAGER, signing(id));
        assertThat(fixtures.customers.get(MANAGEMENT, customer).importance()).isEqualTo(StrategicImportance.IMPORTANT);
    }

    @Test
    @DisplayName("DS-3.4 step 4 a prospect whose confirmed purchase makes it LARGE is inspected too")
    void givenConfirmedLarge_whenEvaluated_thenInspectionRequired() {
        Application evaluated = creditEvaluated(fixtures.prospect(), "6000000");

        assertThat(evaluated.criteria().inspectionRequired()).isTrue();
        assertThat(creditEvaluated(fixtures.prospect(), "4999999").criteria().inspectionRequired()).isFalse();
    }

    @Test
    @DisplayName("DS-3.3.1 an expired licence fails lawful qualification, and approval is refused")
    void givenExpiredLicence_whenEvaluated_thenLawfulQualificationFails() {
        CustomerId customer = fixtures.prospect();
        ApplicationDetails expired = withSecurity(withQualification(details(), new QualificationDetails(
            List.of(licenceUntil("2026-03-14")), List.of())), new SecurityDetails("PREPAYMENT", null, new BigDecimal("0.3")));

        Application submitted = desk.apply(SALES, new ApplyForAdmission(customer, expired));

        assertThat(submitted.criteria().outcomeOf(Criterion.LAWFUL_QUALIFICATION)).isEqualTo(Outcome.FAIL);
        assertThat(submitted.criteria().unmet()).extracting(CriterionResult::reason)
            .contains("admission.reason.document-expired");
    }

    @Test
    @DisplayName("DS-3.3.1 a major violation found at the preliminary review fails the criterion")
    void givenMajorViolation_whenReviewed_thenCriterionFails() {
        ApplicationId id = applied(fixtures.prospect()).id();

        Application reviewed = desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", true,
            "有行政处罚记录"));

        assertThat(reviewed.criteria().outcomeOf(Criterion.NO_MAJOR_VIOLATION)).isEqualTo(Outcome.FAIL);
    }

    @Test
    @DisplayName("DS-3.3.2 a new customer without a guarantee or prepayment lacks evidence; approval is refused")
    void givenNoSecurity_whenApproved_thenRefused() {
        CustomerId customer = fixtures.prospect();
        ApplicationDetails unsecured = withSecurity(details(), SecurityDetails.none());
        ApplicationId id = desk.apply(SALES, new ApplyForAdmission(customer, unsecured)).id();
        desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "ok"));
        Application evaluated = desk.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("2000000"),
            "ok"));

        assertThat(evaluated.criteria().outcomeOf(Criterion.SECURITY_FOR_NEW_CUSTOMER))
            .isEqualTo(Outcome.MISSING_EVIDENCE);
        assertThatThrownBy(() -> desk.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "ok")))
            .isInstanceOfSatisfying(TransitionRejected.class, e -> assertThat(e.guard())
                .isEqualTo("admission.guard.criteria-met"));
    }

    @Test
    @DisplayName("DS-3.3.3 cold-chain products need cold-chain storage declared, and found on site")
    void givenColdChainProducts_whenConditionsMissingOrNotFound_thenCriterionUnmet() {
        ApplicationDetails withoutStorage = withNeeds(details(), needs("COLD_CHAIN", "2000000", true));
        Application missing = desk.apply(SALES, new ApplyForAdmission(fixtures.prospect(), withoutStorage));
        assertThat(missing.criteria().outcomeOf(Criterion.PRODUCT_REQUIREMENTS)).isEqualTo(Outcome.MISSING_EVIDENCE);

        ApplicationDetails withStorage = withQualification(withoutStorage, new QualificationDetails(
            details().qualification().documents(), List.of("COLD_CHAIN_STORAGE")));
        ApplicationId id = desk.apply(SALES, new ApplyForAdmission(fixtures.prospect(), withStorage)).id();
        assertThat(desk.application(SALES, id).criteria().outcomeOf(Criterion.PRODUCT_REQUIREMENTS))
            .isEqualTo(Outcome.PASS);
        desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "ok"));
        desk.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("2000000"), "ok"));
        Application inspected = desk.inspect(QUALITY, new RecordSiteInspection(id, LocalDate.parse("2026-03-15"),
            "冷库未投入使用", false));
        assertThat(inspected.criteria().outcomeOf(Criterion.PRODUCT_REQUIREMENTS)).isEqualTo(Outcome.FAIL);
    }

    @Test
    @DisplayName("DS-2.1 below the set scale a prospect qualifies only by strategic importance; indirect never")
    void givenScaleAndImportance_whenEvaluated_thenDefinitionJudged() {
        Application small = creditEvaluated(fixtures.prospect(), "50000");
        assertThat(small.criteria().outcomeOf(Criterion.DIRECT_SUPPLY_DEFINITION)).isEqualTo(Outcome.FAIL);

        ApplicationId strategic = desk.apply(SALES, new ApplyForAdmission(fixtures.prospect(),
            details("IMPORTANT", "50000"))).id();
        assertThat(desk.application(SALES, strategic).criteria().outcomeOf(Criterion.DIRECT_SUPPLY_DEFINITION))
            .isEqualTo(Outcome.PASS);

        ApplicationDetails indirect = withNeeds(details("CORE", "9000000"), needs("SAUCES", "9000000", false));
        assertThat(desk.apply(SALES, new ApplyForAdmission(fixtures.prospect(), indirect)).criteria()
            .outcomeOf(Criterion.DIRECT_SUPPLY_DEFINITION)).isEqualTo(Outcome.FAIL);
    }

    @Test
    @DisplayName("DS-3.4 returned for information and resubmitted, the application is reviewed again from step 2")
    void givenReturned_whenResubmitted_thenReviewedAgain() {
        ApplicationId id = applied(fixtures.prospect()).id();
        Application returned = desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "RETURN", false,
            "缺少食品经营许可证"));
        assertThat(returned.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThatThrownBy(() -> desk.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, BigDecimal.ONE, "x")))
            .isInstanceOf(IllegalTransition.class);
        assertThat(fixtures.grades.reports()).as("no credit report for a step that cannot be taken").isZero();

        Application resubmitted = desk.resubmit(SALES, new ResubmitApplication(id, details(), "补充了许可证"));

        assertThat(resubmitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(resubmitted.reviews().preliminary()).isNull();
        assertThat(resubmitted.reviews().reviewers()).extracting(Reviewer::actor).containsExactly(SALES_MANAGER.id());
        assertThat(desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "ok")).status())
            .isEqualTo(ApplicationStatus.PRELIMINARY_PASSED);
    }

    @Test
    @DisplayName("DS-3.4 a preliminary rejection ends the application")
    void givenPreliminaryReject_whenRejected_thenEnded() {
        ApplicationId id = applied(fixtures.prospect()).id();

        Application rejected = desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "REJECT", false,
            "非目标行业"));

        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.isOpen()).isFalse();
    }

    @Test
    @DisplayName("DS-3.4 a rejected prospect applies again only after the policy file's wait; a withdrawn one at once")
    void givenRejected_whenAppliedAgain_thenOnlyAfterTheWait() {
        CustomerId rejectedProspect = fixtures.prospect();
        ApplicationId first = applied(rejectedProspect).id();
        desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(first, "REJECT", false, "非目标行业"));
        fixtures.clock.moveTo("2026-06-12");

        assertThatThrownBy(() -> applied(rejectedProspect)).isInstanceOfSatisfying(TooSoonToReapply.class, e -> {
            assertThat(e.rule()).contains("DS-3.4");
            assertThat(e.message(Locale.ENGLISH)).contains("2026-06-13");
            assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("2026-06-13");
        });
        assertThat(desk.applicationsOf(SALES, rejectedProspect)).hasSize(1);
        fixtures.clock.moveTo("2026-06-13");
        assertThat(applied(rejectedProspect).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        CustomerId withdrawing = fixtures.prospect();
        desk.withdraw(SALES, new WithdrawApplication(applied(withdrawing).id(), "客户暂缓合作"));
        assertThat(applied(withdrawing).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    @DisplayName("DS-3.4 withdrawn by the applicant, the application takes no further step")
    void givenWithdrawn_whenReviewed_thenIllegalTransition() {
        ApplicationId id = applied(fixtures.prospect()).id();

        assertThat(desk.withdraw(SALES, new WithdrawApplication(id, "客户暂缓合作")).status())
            .isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThatThrownBy(() -> desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false,
            "ok"))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    @DisplayName("DS-3.4 an application nobody acts on for 90 days expires, once; a fresh one does not")
    void givenIdleApplication_whenScanned_thenExpiredOnce() {
        ApplicationId idle = applied(fixtures.prospect()).id();
        fixtures.clock.advance(java.time.Duration.ofDays(89));
        ApplicationId fresh = applied(fixtures.prospect()).id();
        assertThat(desk.expireIdle(MANAGEMENT)).isEmpty();

        fixtures.clock.advance(java.time.Duration.ofDays(1));

        assertThat(desk.expireIdle(MANAGEMENT)).extracting(Application::id).containsExactly(idle);
        assertThat(desk.expireIdle(MANAGEMENT)).isEmpty();
        assertThat(desk.application(MANAGEMENT, idle).status()).isEqualTo(ApplicationStatus.EXPIRED);
        assertThat(desk.application(MANAGEMENT, fresh).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    @DisplayName("DS-3.4 a prospect has one application open at a time; a new one after the last ended")
    void givenOpenApplication_whenAppliedAgain_thenRefusedUntilItEnds() {
        CustomerId customer = fixtures.prospect();
        ApplicationId first = applied(customer).id();

        assertThatThrownBy(() -> applied(customer)).isInstanceOfSatisfying(ApplicationAlreadyOpen.class,
            e -> assertThat(e.rule()).contains("DS-3.4"));
        desk.withdraw(SALES, new WithdrawApplication(first, "换人对接"));

        Application second = applied(customer);
        assertThat(second.id()).isNotEqualTo(first);
        assertThat(desk.applicationsOf(SALES, customer)).extracting(Application::id).containsExactly(first,
            second.id());
    }

    @Test
    @DisplayName("DS-3.4 an active customer does not apply for admission")
    void givenActiveCustomer_whenApplies_thenNotAProspect() {
        String first17 = "91310000000000777";
        CustomerId active = fixtures.customers.importExisting(MANAGEMENT, new ImportCustomer(new RegisterCustomer(
            "老客户有限公司", first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
            new BigDecimal("2000000"), List.of(), List.of()), SALES.id().value(), "SALES", "GENERAL", "migration")).id();

        assertThatThrownBy(() -> applied(active)).isInstanceOfSatisfying(NotAProspect.class, e -> {
            assertThat(e.rule()).contains("DS-3.4");
            assertThat(e.chineseMessage()).contains("只有潜在客户才能申请准入");
        });
    }

    @Test
    @DisplayName("DS-3.4 step 3 the credit evaluation asks the risk module as the evaluator, once")
    void givenCreditStep_whenTaken_thenReportAttachedFromTheEvaluator() {
        Application evaluated = creditEvaluated(fixtures.prospect(), "2000000");

        assertThat(fixtures.grades.reports()).isEqualTo(1);
        assertThat(fixtures.grades.lastEvaluator()).isEqualTo(CREDIT);
        assertThat(evaluated.reviews().credit().standing().reportId()).isEqualTo("CR-1");
        assertThat(evaluated.confirmedAnnualPurchase().amount()).isEqualByComparingTo("2000000");
    }
}
