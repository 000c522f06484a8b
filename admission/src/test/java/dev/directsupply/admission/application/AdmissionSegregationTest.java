package dev.directsupply.admission.application;

import static dev.directsupply.admission.AdmissionFixtures.application;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.admission.AdmissionFixtures;
import dev.directsupply.admission.AdmissionModule;
import dev.directsupply.customer.CustomerModule;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Role;
import dev.directsupply.testing.ModuleHarness;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-3.4: three different people from the right departments review one application, and nobody reviews an
 * application they made; each refusal names the rule and stores nothing.
 */
class AdmissionSegregationTest {
    /** A sales manager who sits in management, as the default departments allow: also a member of management. */
    private static final Actor MANAGER_OF_SALES = Actor.of("liu.yang", Department.MANAGEMENT, Role.SALES_MANAGER,
        Role.MANAGEMENT);
    /** A credit manager who is a sales manager too, in the credit department: only the credit role counts there. */
    private static final Actor CREDIT_IN_SALES_ROLE = Actor.of("he.jun", Department.CREDIT, Role.SALES_MANAGER,
        Role.CREDIT_MANAGER);

    private final AdmissionFixtures fixtures = new AdmissionFixtures();
    private final AdmissionDesk desk = fixtures.admission;

    private ReviewPreliminarily pass(ApplicationId id) {
        return new ReviewPreliminarily(id, "PASS", false, "ok");
    }

    private EvaluateApplicantCredit credit(ApplicationId id) {
        return new EvaluateApplicantCredit(id, new BigDecimal("2000000"), "ok");
    }

    private DecideAdmission approve(ApplicationId id) {
        return new DecideAdmission(id, "APPROVE", "GENERAL", "ok");
    }

    private void assertRefusedAsTheSamePerson(Runnable step, ApplicationId id, ApplicationStatus unchanged) {
        int events = fixtures.modules.pending().size();
        assertThatThrownBy(step::run).isInstanceOfSatisfying(AccessDenied.class, e -> {
            assertThat(e.rule()).contains("DS-3.4");
            assertThat(e.code()).isEqualTo("access-denied");
            assertThat(e.getMessage()).contains("the policy gives the second to a different person");
            assertThat(e.chineseMessage()).contains("由另一人办理");
        });
        assertThat(desk.application(MANAGEMENT, id).status()).isEqualTo(unchanged);
        assertThat(fixtures.modules.pending()).hasSize(events);
    }

    @Test
    @DisplayName("DS-3.4 nobody reviews an application they made: the applicant's preliminary review is refused")
    void givenApplicantSalesManager_whenReviewsOwnApplication_thenRefused() {
        ApplicationId id = desk.apply(SALES_MANAGER, application(fixtures.prospect())).id();

        assertRefusedAsTheSamePerson(() -> desk.reviewPreliminarily(SALES_MANAGER, pass(id)), id,
            ApplicationStatus.SUBMITTED);
    }

    @Test
    @DisplayName("DS-3.4 nobody inspects an application they made")
    void givenApplicant_whenInspectsOwnApplication_thenRefused() {
        ApplicationId id = desk.apply(SALES_MANAGER, application(fixtures.prospect())).id();
        desk.reviewPreliminarily(SALES, pass(id));
        desk.evaluateCredit(CREDIT, credit(id));

        assertRefusedAsTheSamePerson(() -> desk.inspect(SALES_MANAGER, new RecordSiteInspection(id,
            LocalDate.parse("2026-03-15"), "visited", true)), id, ApplicationStatus.CREDIT_EVALUATED);
    }

    @Test
    @DisplayName("DS-3.4 the preliminary reviewer does not also take the final review")
    void givenPreliminaryReviewer_whenTakesFinalReview_thenRefused() {
        fixtures.modules.agree(MANAGER_OF_SALES);
        ApplicationId id = desk.apply(SALES, application(fixtures.prospect())).id();
        desk.reviewPreliminarily(MANAGER_OF_SALES, pass(id));
        desk.evaluateCredit(CREDIT, credit(id));

        assertRefusedAsTheSamePerson(() -> desk.decide(MANAGER_OF_SALES, approve(id)), id,
            ApplicationStatus.CREDIT_EVALUATED);
        assertThat(desk.decide(MANAGEMENT, approve(id)).status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    @DisplayName("DS-3.4 one person's review in an earlier round still counts after a resubmission")
    void givenPreliminaryReviewerOfAnEarlierRound_whenTakesFinalReview_thenRefused() {
        fixtures.modules.agree(MANAGER_OF_SALES);
        ApplicationId id = desk.apply(SALES, application(fixtures.prospect())).id();
        desk.reviewPreliminarily(MANAGER_OF_SALES, new ReviewPreliminarily(id, "RETURN", false, "more please"));
        desk.resubmit(SALES, new ResubmitApplication(id, AdmissionFixtures.details(), "added"));
        desk.reviewPreliminarily(SALES_MANAGER, pass(id));
        desk.evaluateCredit(CREDIT, credit(id));

        assertRefusedAsTheSamePerson(() -> desk.decide(MANAGER_OF_SALES, approve(id)), id,
            ApplicationStatus.CREDIT_EVALUATED);
    }

    @Test
    @DisplayName("DS-3.4 a role counts only in its departments: a sales manager in credit does not review first")
    void givenSalesManagerRoleInCreditDepartment_whenReviewsPreliminarily_thenWrongDepartment() {
        fixtures.modules.agree(CREDIT_IN_SALES_ROLE);
        ApplicationId id = desk.apply(SALES, application(fixtures.prospect())).id();

        assertThatThrownBy(() -> desk.reviewPreliminarily(CREDIT_IN_SALES_ROLE, pass(id)))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.getMessage())
                .contains("does not count in their department"));
        assertThat(desk.application(MANAGEMENT, id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    @DisplayName("DS-3.4 the wrong department's people take no step: finance does not decide, sales does not grade")
    void givenWrongDepartments_whenStepsTaken_thenAccessDenied() {
        ApplicationId id = desk.apply(SALES, application(fixtures.prospect())).id();

        assertThatThrownBy(() -> desk.evaluateCredit(SALES_MANAGER, credit(id))).isInstanceOf(AccessDenied.class);
        desk.reviewPreliminarily(SALES_MANAGER, pass(id));
        assertThatThrownBy(() -> desk.evaluateCredit(SALES, credit(id))).isInstanceOf(AccessDenied.class);
        desk.evaluateCredit(FINANCE, credit(id));
        assertThatThrownBy(() -> desk.decide(FINANCE, approve(id))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.decide(CREDIT, approve(id))).isInstanceOf(AccessDenied.class);
        assertThat(desk.application(MANAGEMENT, id).status()).isEqualTo(ApplicationStatus.CREDIT_EVALUATED);
    }

    @Test
    @DisplayName("DS-3.4 a host may relax the three-reviewer rule by name; the applicant rule still holds")
    void givenHostRelaxedOneReviewEach_whenOnePersonTakesTwoStages_thenAllowed() {
        AccessPolicy relaxed = ModuleHarness.defaultAccess(new CustomerModule(), new AdmissionModule())
            .toBuilder()
            .relax(AdmissionPermissions.ONE_REVIEW_EACH).build();
        AdmissionFixtures small = new AdmissionFixtures(relaxed);
        small.modules.agree(MANAGER_OF_SALES);
        ApplicationId id = small.admission.apply(SALES, application(small.prospect())).id();
        small.admission.reviewPreliminarily(MANAGER_OF_SALES, pass(id));
        small.admission.evaluateCredit(CREDIT, credit(id));

        assertThat(small.admission.decide(MANAGER_OF_SALES, approve(id)).status())
            .isEqualTo(ApplicationStatus.APPROVED);
        ApplicationId own = small.admission.apply(SALES_MANAGER, application(small.prospect())).id();
        assertThatThrownBy(() -> small.admission.reviewPreliminarily(SALES_MANAGER, pass(own)))
            .isInstanceOf(AccessDenied.class);
    }
}
