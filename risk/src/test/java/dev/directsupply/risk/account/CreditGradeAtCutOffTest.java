package dev.directsupply.risk.account;

import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.Industry;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Money;
import dev.directsupply.risk.RiskFixtures;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditReport;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditGradeAtCutOffTest {
    private final RiskFixtures risk = new RiskFixtures("2026-03-15");

    @Test
    @DisplayName("DS-3.3.2 DS-6.2.1 a customer whose weighted average is exactly 50 without an external rating is "
        + "graded B through the service, with B's limit and no credit stop from the measures")
    void givenAverageExactlyAtTheBCutOff_whenViolationsRegradeIt_thenBWithItsLimit() {
        CustomerId customer = CustomerId.of("c-at-fifty");
        risk.customers.put(customer, new CustomerFacts(ScaleTier.SMALL, Industry.OTHER, LocalDate.parse("2020-01-01")));
        risk.companies.put(customer, new CompanyData(Optional.of(LocalDate.parse("2026-01-01")),
            Optional.of(Money.cny("0")), Optional.empty(), Map.of("daysPastDueTrend", "0")));
        risk.credit.recordViolation(CREDIT, new RecordViolation(customer, LocalDate.parse("2026-01-10"), "fraud",
            "court record"));

        // (10 × 0.15 + 30 × 0.1 + 100 × 0.25 + 70 × 0.15 + 0 × 0.15 + 50 × 0.1) / 0.9 = 45 / 0.9 = 50
        CreditReport report = risk.credit.recordViolation(CREDIT, new RecordViolation(customer,
            LocalDate.parse("2026-02-10"), "tax evasion", "tax bureau"));

        assertThat(report.evaluation().score()).isEqualByComparingTo("50");
        CreditAccount account = risk.credit.account(FINANCE, customer);
        assertThat(account.grade()).isEqualTo(CreditGrade.B);
        assertThat(account.limit(LocalDate.parse("2026-03-15"))).isEqualTo(Money.cny("100000"));
        assertThat(account.creditStops()).doesNotContain(StopSource.MEASURES);
    }
}
