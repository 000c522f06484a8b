package dev.directsupply.risk.account;

import static dev.directsupply.risk.RiskFixtures.amount;
import static dev.directsupply.testing.Staff.FINANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.risk.RiskFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GuaranteeExpiryTest {
    private final RiskFixtures risk = new RiskFixtures("2026-03-15");

    @Test
    @DisplayName("DS-3.3.2 a guarantee that expired before today is refused naming validUntil, in both languages, "
        + "nothing stored")
    void givenGuaranteeExpiredYesterday_whenRecorded_thenRefused() {
        CustomerId customer = risk.gradedCustomer("c-guarantee", ScaleTier.MEDIUM);
        int before = risk.store.pendingEvents(1_000).size();

        assertThatThrownBy(() -> risk.credit.recordGuarantee(FINANCE, new RecordGuarantee(customer, "BANK_GUARANTEE",
            amount("500000"), "Bank of Wuxi", LocalDate.parse("2025-03-15"), LocalDate.parse("2026-03-14"))))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactly("validUntil");
                assertThat(e.violations().get(0).code()).isEqualTo("risk.constraint.guarantee-expired");
                assertThat(e.violations().get(0).rule()).isEqualTo("DS-3.3.2");
                assertThat(e.violations().get(0).english()).isEqualTo("has passed: the guarantee expired on "
                    + "2026-03-14, before today (2026-03-15), and secures nothing");
                assertThat(e.violations().get(0).chinese())
                    .isEqualTo("已过期：担保已于 2026-03-14 到期，早于今天（2026-03-15），不能作为担保");
            });
        assertThat(risk.store.pendingEvents(1_000)).hasSize(before);
        assertThat(risk.credit.account(FINANCE, customer).hasValidGuarantee(LocalDate.parse("2026-03-15"))).isFalse();
    }

    @Test
    @DisplayName("DS-3.3.2 a guarantee valid until today is recorded and counts today")
    void givenGuaranteeValidUntilToday_whenRecorded_thenCounts() {
        CustomerId customer = risk.gradedCustomer("c-guarantee", ScaleTier.MEDIUM);

        CreditAccount account = risk.credit.recordGuarantee(FINANCE, new RecordGuarantee(customer, "BANK_GUARANTEE",
            amount("500000"), "Bank of Wuxi", LocalDate.parse("2025-03-15"), LocalDate.parse("2026-03-15")));

        assertThat(account.hasValidGuarantee(LocalDate.parse("2026-03-15"))).isTrue();
    }
}
