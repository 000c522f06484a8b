package dev.directsupply.admission.application;


import static dev.directsupply.admission.AdmissionFixtures.application;
import static dev.directsupply.admission.AdmissionFixtures.details;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.QUALITY;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.admission.AdmissionFixtures;
import dev.directsupply.admission.AdmissionModule;
import dev.directsupply.customer.AdmitCustomer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerModule;
import dev.directsupply.customer.CustomerPermissions;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.statemachine.TransitionRejected;
import dev.directsupply.testing.ModuleHarness;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The ways around DS-3.4 a review of the module found, each closed: the attempt is refused and changes nothing. */
class AdmissionLoopholesTest {
    private static final Actor SECOND_SALES = Actor.of("zhang.min", Department.SALES, Role.SALES_MANAGER);
    private final AdmissionFixtures fixtures = new AdmissionFixtures();
    private final AdmissionDesk desk = fixtures.admission;

    private ApplicationId evaluated(ApplicationDetails form) {
        ApplicationId id = desk.apply(SALES, new ApplyForAdmission(fixtures.prospect(), form)).id();
        desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "ok"));
        desk.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("2000000"), "ok"));
        return id;
    }

    @Test
    @DisplayName("DS-3.4 a reviewer does not rewrite the application: resubmitting it is refused")
    void givenPreliminaryReviewer_whenResubmits_thenRefused() {
        ApplicationId id = desk.apply(SALES, application(fixtures.prospect())).id();
        desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "RETURN", false, "more"));

        assertThatThrownBy(() -> desk.resubmit(SALES_MANAGER, new ResubmitApplication(id, details(), "fixed it")))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-3.4"));
        assertThat(desk.application(MANAGEMENT, id).status()).isEqualTo(ApplicationStatus.RETURNED);
    }

    @Test
    @DisplayName("DS-3.4 whoever resubmits counts as an applicant and reviews nothing afterwards")
    void givenResubmittedBySomeoneElse_whenTheyReview_thenRefused() {
        ApplicationId id = desk.apply(SALES, application(fixtures.prospect())).id();
        desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "RETURN", false, "more"));
        fixtures.modules.agree(SECOND_SALES);
        Application resubmitted = desk.resubmit(SECOND_SALES,
            new ResubmitApplication(id, details(), "added"));

        assertThat(resubmitted.reviews().applicants()).containsExactly(SALES.id(),
            SECOND_SALES.id());
        assertThatThrownBy(() -> desk.reviewPreliminarily(SECOND_SALES,
            new ReviewPreliminarily(id, "PASS", false, "ok"))).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("DS-3.4 the inspector does not take the final review on their own findings")
    void givenInspector_whenDecides_thenRefused() {
        ApplicationId id = evaluated(details());
        desk.inspect(MANAGEMENT, new RecordSiteInspection(id, LocalDate.parse("2026-03-15"), "visited", true));

        assertThatThrownBy(() -> desk.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "ok")))
            .isInstanceOf(AccessDenied.class);
        assertThat(desk.application(MANAGEMENT, id).status()).isEqualTo(ApplicationStatus.INSPECTED);
    }

    @Test
    @DisplayName("DS-3.4 an inspection dated before the application is refused")
    void givenVisitBeforeApplying_whenRecorded_thenRefused() {
        ApplicationId id = evaluated(details());

        assertThatThrownBy(() -> desk.inspect(QUALITY, new RecordSiteInspection(id, LocalDate.parse("2026-03-14"),
            "visited", true))).isInstanceOfSatisfying(TransitionRejected.class, e -> assertThat(e.guard())
                .isEqualTo("admission.guard.visited-since-applying"));
    }

    @Test
    @DisplayName("DS-3.4 an application past its expiry day moves no further, even before the scan expires it")
    void givenExpiryDayCome_whenApproved_thenRefused() {
        ApplicationId id = evaluated(details());
        fixtures.clock.advance(Duration.ofDays(90));

        assertThatThrownBy(() -> desk.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "ok")))
            .isInstanceOfSatisfying(TransitionRejected.class, e -> assertThat(e.guard())
                .isEqualTo("admission.guard.not-expired"));
        assertThat(desk.decide(MANAGEMENT, new DecideAdmission(id, "REJECT", "GENERAL", "too late")).status())
            .isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    @DisplayName("DS-3.4 the applicant does not record the signature, and an agreement predating the approval is refused")
    void givenApplicantOrEarlyDate_whenSigning_thenRefused() {
        ApplicationId id = desk.apply(SALES_MANAGER, application(fixtures.prospect())).id();
        desk.reviewPreliminarily(SALES, new ReviewPreliminarily(id, "PASS", false, "ok"));
        desk.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("2000000"), "ok"));
        desk.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "ok"));

        assertThatThrownBy(() -> desk.signAgreement(SALES_MANAGER, AdmissionFixtures.signing(id, "CA-1",
            LocalDate.parse("2026-03-15")))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.signAgreement(MANAGEMENT, AdmissionFixtures.signing(id, "CA-1",
            LocalDate.parse("2026-03-14")))).isInstanceOfSatisfying(TransitionRejected.class,
                e -> assertThat(e.guard()).isEqualTo("admission.guard.signed-since-approval"));
        assertThat(desk.application(MANAGEMENT, id).status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    @DisplayName("DS-3.4 confirming a lower importance than sales expected does not spare the inspection")
    void givenImportantExpected_whenApprovedAsGeneral_thenInspectionStillRequired() {
        ApplicationId id = evaluated(details("IMPORTANT", "2000000"));

        assertThatThrownBy(() -> desk.decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "ok")))
            .isInstanceOfSatisfying(TransitionRejected.class, e -> assertThat(e.guard())
                .isEqualTo("admission.guard.inspected-where-required"));
    }

    @Test
    @DisplayName("DS-3.3.3 a licence a product requires is a document in force, not a word in the conditions")
    void givenHazardousProducts_whenLicenceOnlyDeclared_thenEvidenceMissing() {
        ApplicationDetails declared = AdmissionFixtures.withQualification(AdmissionFixtures.withNeeds(details(),
            AdmissionFixtures.needs("HAZARDOUS", "2000000", true)), new QualificationDetails(
            details().qualification().documents(), List.of("HAZARDOUS_GOODS_LICENCE")));
        Application applied = desk.apply(SALES, new ApplyForAdmission(fixtures.prospect(), declared));
        assertThat(applied.criteria().outcomeOf(Criterion.PRODUCT_REQUIREMENTS)).isEqualTo(Outcome.MISSING_EVIDENCE);

        ApplicationDetails licensed = AdmissionFixtures.withQualification(declared, new QualificationDetails(List.of(
            AdmissionFixtures.licenceUntil("2030-12-31"), new DocumentDetails("HAZARDOUS_GOODS_LICENCE", "WH-1",
                LocalDate.parse("2027-12-31"))), List.of()));
        assertThat(desk.apply(SALES, new ApplyForAdmission(fixtures.prospect(), licensed)).criteria()
            .outcomeOf(Criterion.PRODUCT_REQUIREMENTS)).isEqualTo(Outcome.PASS);
    }

    @Test
    @DisplayName("DS-3.4 a host granting customer.admit to management still cannot admit by hand")
    void givenAdmitGrantedToPeople_whenManagementAdmits_thenRefused() {
        AccessPolicy generous = ModuleHarness.defaultAccess(new CustomerModule(), new AdmissionModule()).toBuilder()
            .grant(CustomerPermissions.ADMIT, Role.MANAGEMENT).build();
        AdmissionFixtures host = new AdmissionFixtures(generous);
        CustomerId prospect = host.prospect();

        assertThatThrownBy(() -> host.customers.admit(MANAGEMENT, new AdmitCustomer(prospect, "A-1",
            new BigDecimal("2000000"), "GENERAL", "by hand"))).isInstanceOfSatisfying(AccessDenied.class,
                e -> assertThat(e.rule()).contains("DS-3.4"));
        assertThat(host.customers.get(MANAGEMENT, prospect).status()).isEqualTo(CustomerStatus.PROSPECT);
    }
}
