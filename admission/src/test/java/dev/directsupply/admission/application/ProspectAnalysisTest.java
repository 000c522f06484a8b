package dev.directsupply.admission.application;

import static dev.directsupply.admission.AdmissionFixtures.details;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.admission.AdmissionFixtures;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.parameters.PolicyFile;
import dev.directsupply.kernel.parameters.PolicyParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The prospect analysis of DS-3.2.2 and the importance it proposes (DS-2.2.3), explained factor by factor. */
class ProspectAnalysisTest {
    private final AdmissionFixtures fixtures = new AdmissionFixtures();
    private final AdmissionDesk desk = fixtures.admission;

    private ApplicationId applied(ApplicationDetails form) {
        return desk.apply(SALES, new ApplyForAdmission(fixtures.prospect(), form)).id();
    }

    @Test
    @DisplayName("DS-3.2.2 before the credit evaluation the analysis scores capacity and growth and says credit is "
        + "missing")
    void givenSubmitted_whenAnalysed_thenCreditMissing() {
        ProspectAnalysis analysis = desk.analysis(SALES, applied(details()));

        assertThat(analysis.lines()).extracting(AnalysisLine::factor).containsExactly("capacity", "credit", "growth");
        assertThat(analysis.lines().get(1).isMissing()).isTrue();
        assertThat(analysis.expectedTier()).isEqualTo(ScaleTier.MEDIUM);
        assertThat(analysis.score()).isEqualByComparingTo("46.75");
        assertThat(analysis.proposedImportance()).isEqualTo(StrategicImportance.GENERAL);
        assertThat(analysis.explain(Locale.ENGLISH)).containsExactly(
            "purchasing capacity: 70 × 0.40 = 28.00 — Medium direct-supply customer by the expected annual purchase "
                + "2000000.00 CNY",
            "credit standing: — × 0.35 = 0.00 — not evaluated yet",
            "growth potential: 75 × 0.25 = 18.75 — outlook growing");
    }

    @Test
    @DisplayName("DS-3.2.2 DS-2.2.3 after the credit evaluation the confirmed figure and the grade score; a high "
        + "score proposes CORE")
    void givenEvaluated_whenAnalysed_thenConfirmedFiguresAndProposal() {
        CustomerId customer = fixtures.prospect();
        fixtures.grades.grade(customer, "AAA");
        ApplicationId id = desk.apply(SALES, new ApplyForAdmission(customer, AdmissionFixtures.withNeeds(details(),
            new NeedsDetails(List.of("SAUCES"), new BigDecimal("2000000"), 5, true, "FAST_GROWING")))).id();
        desk.reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "ok"));
        desk.evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("6000000"), "confirmed higher"));

        ProspectAnalysis analysis = desk.analysis(MANAGEMENT, id);

        assertThat(analysis.expectedTier()).isEqualTo(ScaleTier.LARGE);
        assertThat(analysis.score()).isEqualByComparingTo("100.00");
        assertThat(analysis.proposedImportance()).isEqualTo(StrategicImportance.CORE);
        assertThat(analysis.explain(Locale.SIMPLIFIED_CHINESE).get(1)).contains("信用等级 AAA");
        assertThat(analysis.explain(Locale.SIMPLIFIED_CHINESE).get(0)).contains("经确认的");
    }

    @Test
    @DisplayName("DS-2.1 DS-3.2.2 a purchase below the set scale earns no capacity points")
    void givenBelowTheSetScale_whenAnalysed_thenNoCapacityPoints() {
        ProspectAnalysis analysis = desk.analysis(SALES, applied(AdmissionFixtures.withNeeds(details(),
            AdmissionFixtures.needs("SAUCES", "50000", true))));

        assertThat(analysis.lines().get(0).points()).isZero();
        assertThat(analysis.lines().get(0).reason()).isEqualTo("admission.analysis.capacity-below-scale");
    }

    @Test
    @DisplayName("DS-3.2.2 the analysis parameters hold together: weights add to 1, CORE above IMPORTANT")
    void givenBadAnalysisParameters_whenRead_thenEachProblemNamed() {
        String bad = "{\"admission\": {\"analysis\": {\"capacityWeight\": 0.5, \"creditWeight\": 0.5, "
            + "\"growthWeight\": 0.5, \"importantFrom\": 90, \"coreFrom\": 80}}}";

        assertThatThrownBy(() -> PolicyParameters.read(List.of(AdmissionParameters.SECTION),
            PolicyFile.json(bad, "policy.json"))).isInstanceOfSatisfying(InvalidPolicyParameters.class,
                e -> assertThat(e.getMessage()).contains("admission.analysis.growthWeight")
                    .contains("admission.analysis.coreFrom"));
    }
}
