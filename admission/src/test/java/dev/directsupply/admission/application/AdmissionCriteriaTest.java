package dev.directsupply.admission.application;

import static dev.directsupply.testing.Staff.AUDITOR;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.admission.AdmissionFixtures;
import dev.directsupply.customer.ClassificationParameters;
import dev.directsupply.customer.ScalePolicy;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.parameters.PolicyParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The admission criteria alone, on the shipped parameters, at their edges. */
class AdmissionCriteriaTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-15");
    private final AdmissionCriteria criteria = new AdmissionCriteria(PolicyParameters.defaults(
        List.of(AdmissionParameters.SECTION)).section(AdmissionParameters.class),
        new ScalePolicy(ClassificationParameters.defaults()));
    private final Reviews submitted = Reviews.submittedBy(ActorId.of("li.na"));

    private static ApplicationForm form(List<QualificationDocument> documents, int years) {
        return new ApplicationForm("餐饮", new PurchaseNeeds(List.of("SAUCES"), Money.cny("2000000"), years, true,
            GrowthOutlook.STABLE),
            documents, List.of(), new SecurityOffer(SecurityKind.PREPAYMENT, null, new BigDecimal("0.3")),
            StrategicImportance.GENERAL);
    }

    private static QualificationDocument licence(String validUntil) {
        return new QualificationDocument(DocumentKind.BUSINESS_LICENCE, "BL-1",
            validUntil == null ? null : LocalDate.parse(validUntil));
    }

    @Test
    @DisplayName("DS-3.3.1 only a business licence is a lawful qualification: another licence alone lacks evidence")
    void givenOnlyAFoodLicence_whenEvaluated_thenLicenceMissing() {
        QualificationDocument food = new QualificationDocument(DocumentKind.FOOD_OPERATION_LICENCE, "JY-1", null);

        CriteriaEvaluation evaluation = criteria.evaluate(form(List.of(food), 3), submitted, TODAY);

        assertThat(evaluation.outcomeOf(Criterion.LAWFUL_QUALIFICATION)).isEqualTo(Outcome.MISSING_EVIDENCE);
    }

    @Test
    @DisplayName("DS-3.3.1 a licence valid until the decision day counts; one that ended the day before fails")
    void givenLicenceEndingAroundToday_whenEvaluated_thenValidOnItsLastDay() {
        assertThat(criteria.evaluate(form(List.of(licence("2026-03-15")), 3), submitted, TODAY)
            .outcomeOf(Criterion.LAWFUL_QUALIFICATION)).isEqualTo(Outcome.PASS);
        assertThat(criteria.evaluate(form(List.of(licence(null)), 3), submitted, TODAY)
            .outcomeOf(Criterion.LAWFUL_QUALIFICATION)).isEqualTo(Outcome.PASS);
        assertThat(criteria.evaluate(form(List.of(licence("2026-03-14")), 3), submitted, TODAY)
            .outcomeOf(Criterion.LAWFUL_QUALIFICATION)).isEqualTo(Outcome.FAIL);
    }

    @Test
    @DisplayName("DS-3.3.1 long-term intent: the minimum years (1 by default, the company's choice) pass, fewer fail")
    void givenIntendedYears_whenEvaluated_thenMinimumPasses() {
        assertThat(criteria.evaluate(form(List.of(licence(null)), 1), submitted, TODAY)
            .outcomeOf(Criterion.REAL_DEMAND)).isEqualTo(Outcome.PASS);
        CriteriaEvaluation shortTerm = criteria.evaluate(form(List.of(licence(null)), 0), submitted, TODAY);
        assertThat(shortTerm.outcomeOf(Criterion.REAL_DEMAND)).isEqualTo(Outcome.FAIL);
        assertThat(shortTerm.unmet()).extracting(CriterionResult::criterion).contains(Criterion.REAL_DEMAND)
            .doesNotContain(Criterion.LAWFUL_QUALIFICATION);
    }

    @Test
    @DisplayName("DS-3.3.2 a security offer holds together: an amount only with a guarantee, a ratio only with "
        + "a prepayment")
    void givenMismatchedSecurity_whenApplied_thenEachStrayFieldNamed() {
        AdmissionFixtures fixtures = new AdmissionFixtures();
        ApplicationDetails good = AdmissionFixtures.details();
        ApplicationDetails mismatched = AdmissionFixtures.withSecurity(good,
            new SecurityDetails("NONE", new BigDecimal("1000"), new BigDecimal("0.2")));
        ApplicationId id = fixtures.admission.apply(SALES, AdmissionFixtures.application(fixtures.prospect())).id();
        fixtures.admission.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "RETURN", false, "more"));

        assertThatThrownBy(() -> fixtures.admission.resubmit(SALES, new ResubmitApplication(id, mismatched, "x")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields())
                .containsExactly("details.security.guarantee", "details.security.prepaymentRatio"));
        assertThat(fixtures.admission.application(SALES, id).status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(fixtures.admission.inStatus(MANAGEMENT, ApplicationStatus.RETURNED)).extracting(Application::id)
            .containsExactly(id);
        assertThat(fixtures.admission.inStatus(MANAGEMENT, ApplicationStatus.SUBMITTED)).isEmpty();
    }

    @Test
    @DisplayName("DS-7.2.1 an application's audit trail verifies, for the auditor")
    void givenSteps_whenTrailVerified_thenIntact() {
        AdmissionFixtures fixtures = new AdmissionFixtures();
        ApplicationId id = fixtures.admission.apply(SALES, AdmissionFixtures.application(fixtures.prospect())).id();
        fixtures.admission.withdraw(SALES, new WithdrawApplication(id, "later"));

        assertThat(fixtures.admission.verifyApplicationTrail(AUDITOR, id).isIntact()).isTrue();
        assertThat(fixtures.admission.verifyApplicationTrail(AUDITOR, id).entries()).isEqualTo(2);
        assertThat(ApplicationId.of(id.value())).hasToString(id.value());
    }
}
