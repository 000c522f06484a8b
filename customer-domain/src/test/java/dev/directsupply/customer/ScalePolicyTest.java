package dev.directsupply.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScalePolicyTest {
    private final ScalePolicy policy = new ScalePolicy(ClassificationParameters.defaults());
    private static final LocalDate LONG_AGO = LocalDate.parse("2020-01-01");

    @ParameterizedTest(name = "{0} CNY → {1}")
    @CsvSource({"5000000.00, LARGE", "4999999.99, MEDIUM", "1000000.00, MEDIUM", "999999.99, SMALL", "0, SMALL"})
    @DisplayName("DS-2.2.1 LARGE from X1, MEDIUM from X2 up to X1, SMALL below X2")
    void givenAnnualPurchase_whenTiered_thenByThresholds(String amount, ScaleTier tier) {
        assertThat(policy.tierFor(Money.cny(amount))).isEqualTo(tier);
    }

    @Test
    @DisplayName("DS-2.2.1 the annual amount is the last 12 months, the current one included, across a year end")
    void givenPurchasesAroundTheWindow_whenAssessed_thenOnlyTheTwelveMonthsCount() {
        PurchaseLedger ledger = PurchaseLedger.declared(Money.cny("0"))
            .record(YearMonth.parse("2025-02"), Money.cny("9000000"), YearMonth.parse("2024-01"))
            .record(YearMonth.parse("2025-03"), Money.cny("3000000"), YearMonth.parse("2024-01"))
            .record(YearMonth.parse("2026-02"), Money.cny("2500000"), YearMonth.parse("2024-01"));

        ScaleAssessment assessment = policy.assess(ledger, LONG_AGO, LocalDate.parse("2026-02-28"));

        assertThat(assessment.annualPurchase()).isEqualTo(Money.cny("5500000"));
        assertThat(assessment.tier()).isEqualTo(ScaleTier.LARGE);
        assertThat(assessment.basis()).isEqualTo(ScaleBasis.RECORDED_PURCHASES);
        assertThat(assessment.reasonCode()).isEqualTo("AT_OR_ABOVE_X1");
    }

    @Test
    @DisplayName("a new customer is assessed on its declared annual purchase while that is higher")
    void givenNewCustomerWithDeclaration_whenAssessed_thenDeclaredAmountCounts() {
        PurchaseLedger ledger = PurchaseLedger.declared(Money.cny("2000000"))
            .record(YearMonth.parse("2026-03"), Money.cny("100000"), YearMonth.parse("2025-01"));

        ScaleAssessment assessment = policy.assess(ledger, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-15"));

        assertThat(assessment.tier()).isEqualTo(ScaleTier.MEDIUM);
        assertThat(assessment.basis()).isEqualTo(ScaleBasis.DECLARED_EXPECTATION);
        assertThat(assessment.explain(Locale.ENGLISH)).isEqualTo("annual purchases of 2000000.00 CNY (the annual "
            + "purchase declared at registration, as of 2026-03) are at least X2 = 1000000.00 CNY and below X1 = "
            + "5000000.00 CNY: Medium direct-supply customer");
        assertThat(assessment.explain(Locale.SIMPLIFIED_CHINESE)).contains("中型直供客户").contains("登记时申报");
    }

    @Test
    @DisplayName("after the new-customer period only recorded purchases count")
    void givenCustomerPastNewPeriod_whenAssessed_thenDeclarationIgnored() {
        PurchaseLedger ledger = PurchaseLedger.declared(Money.cny("2000000"));

        ScaleAssessment assessment = policy.assess(ledger, LocalDate.parse("2025-03-15"), LocalDate.parse("2026-03-15"));

        assertThat(assessment.tier()).isEqualTo(ScaleTier.SMALL);
        assertThat(assessment.basis()).isEqualTo(ScaleBasis.RECORDED_PURCHASES);
    }

    @Test
    void givenRetention_whenKeepFromAsked_thenTwentyFourMonthsIncludingThisOne() {
        assertThat(policy.keepFrom(LocalDate.parse("2026-03-15"))).isEqualTo(YearMonth.parse("2024-04"));
    }
}
