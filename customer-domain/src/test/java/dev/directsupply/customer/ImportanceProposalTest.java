package dev.directsupply.customer;

import static dev.directsupply.customer.Fixtures.aRegistration;
import static dev.directsupply.customer.Fixtures.aRegistry;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.Fixtures.Harness;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.parameters.PolicyFile;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DS-2.2.3: strategic importance proposed from contribution, tenure and strategic fit, reviewed periodically. */
class ImportanceProposalTest {
    private final Harness harness = aRegistry();
    private final CustomerDesk desk = harness.desk();

    private Customer imported(String declared) {
        RegisterCustomer registration = aRegistration("上海味道餐饮管理有限公司", 1, new BigDecimal(declared));
        return desk.importExisting(MANAGEMENT, new ImportCustomer(registration, Staff.SALES.id().value(), "SALES",
            "GENERAL", "migration"));
    }

    @Test
    @DisplayName("DS-2.2.3 a new MEDIUM customer in a common industry is proposed GENERAL, each criterion explained")
    void givenNewMediumCustomer_whenProposed_thenGeneralExplained() {
        ImportanceProposal proposal = desk.proposeImportance(SALES, imported("2000000").id());

        assertThat(proposal.proposed()).isEqualTo(StrategicImportance.GENERAL);
        assertThat(proposal.score()).isEqualByComparingTo("30.00");
        assertThat(proposal.differs()).isFalse();
        assertThat(proposal.explain(Locale.ENGLISH)).containsExactly(
            "contribution: 60 × 0.50 = 30.00 — Medium direct-supply customer by its annual purchase 2000000.00 CNY",
            "tenure: 0 × 0.30 = 0.00 — 0 years of cooperation",
            "strategic fit: 0 × 0.20 = 0.00 — SERVICES/CATERING is not among the industries the company counts "
                + "strategic");
        assertThat(proposal.explain(Locale.SIMPLIFIED_CHINESE).get(1)).isEqualTo("合作年限: 0 × 0.30 = 0.00 — 合作 0 年");
    }

    @Test
    @DisplayName("DS-2.2.3 a large customer of five years proposes IMPORTANT; in a strategic industry CORE")
    void givenLargeLongCustomer_whenProposed_thenImportantOrCore() {
        CustomerId id = imported("6000000").id();
        harness.clock().advance(Duration.ofDays(5 * 366));

        ImportanceProposal proposal = desk.proposeImportance(MANAGEMENT, id);
        assertThat(proposal.score()).isEqualByComparingTo("80.00");
        assertThat(proposal.proposed()).isEqualTo(StrategicImportance.IMPORTANT);
        assertThat(proposal.differs()).isTrue();

        PolicyParameters strategic = PolicyParameters.read(List.of(ClassificationParameters.SECTION,
            ImportanceParameters.SECTION), PolicyFile.json("{\"importance\": {\"strategicIndustries\": "
                + "[\"CATERING\"]}}", "policy.json"));
        ManualClock clock = ManualClock.on("2026-03-15", Fixtures.SHANGHAI);
        Harness withFit = aRegistry(clock, strategic);
        CustomerId caterer = withFit.desk().importExisting(MANAGEMENT, new ImportCustomer(aRegistration("上海味道", 1,
            new BigDecimal("6000000")), Staff.SALES.id().value(), "SALES", "GENERAL", "migration")).id();
        clock.advance(Duration.ofDays(5 * 366));
        assertThat(withFit.desk().proposeImportance(MANAGEMENT, caterer).proposed())
            .isEqualTo(StrategicImportance.CORE);
    }

    @Test
    @DisplayName("DS-2.2.3 importance is reviewed every 12 months: due ones are listed, proposals that differ first")
    void givenImportanceSetLongAgo_whenReviewsListed_thenDue() {
        Customer medium = imported("2000000");
        assertThat(desk.importanceReviewsDue(MANAGEMENT)).isEmpty();

        harness.clock().advance(Duration.ofDays(366));

        assertThat(desk.importanceReviewsDue(SALES_MANAGER)).extracting(ImportanceProposal::customerId)
            .containsExactly(medium.id());
        desk.setStrategicImportance(MANAGEMENT, new SetStrategicImportance(medium.id(), "GENERAL", "reviewed"));
        assertThat(desk.importanceReviewsDue(MANAGEMENT)).as("nothing changed, so nothing was set").hasSize(1);
        desk.setStrategicImportance(MANAGEMENT, new SetStrategicImportance(medium.id(), "IMPORTANT", "five-year plan"));
        assertThat(desk.importanceReviewsDue(MANAGEMENT)).isEmpty();
        assertThatThrownBy(() -> desk.importanceReviewsDue(SALES)).isInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("DS-2.2.3 importance parameters hold together: weights add to 1, tenure bands from 0, CORE above IMPORTANT")
    void givenBadImportanceParameters_whenRead_thenEachNamed() {
        assertThatThrownBy(() -> PolicyParameters.read(List.of(ImportanceParameters.SECTION), PolicyFile.json(
            "{\"importance\": {\"fitWeight\": 0.5, \"tenureYears\": [1, 3], \"coreFrom\": 50}}", "policy.json")))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> assertThat(e.keys()).containsExactlyInAnyOrder(
                "importance.fitWeight", "importance.tenureYears", "importance.coreFrom"));
    }
}
