package dev.directsupply.risk;

import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerModule;
import dev.directsupply.customer.RecordPurchase;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.risk.account.CreditDesk;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.credit.CreditReport;
import dev.directsupply.testing.ModuleHarness;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The risk module assembled with the customer module, as the SDK assembles them. */
class RiskModuleTest {
    private final ModuleHarness modules = ModuleHarness.of(new CustomerModule(), new RiskModule());
    private final CustomerDesk customers = modules.service(CustomerDesk.class);
    private final CreditDesk credit = modules.service(CreditDesk.class);

    private CustomerId registered(String declared) {
        String first17 = "91310000000000123";
        return customers.register(SALES, new RegisterCustomer("上海味道餐饮管理有限公司",
            first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING", new BigDecimal(declared),
            List.of(), List.of())).id();
    }

    @Test
    @DisplayName("the module is named risk and declares its sections and events")
    void givenModule_whenAsked_thenNamesItself() {
        RiskModule module = new RiskModule();

        assertThat(module.name()).isEqualTo("risk");
        assertThat(module.parameters()).hasSize(6);
        assertThat(module.events()).isNotEmpty();
    }

    @Test
    @DisplayName("DS-3.3.2 without a directory of its own the credit desk knows customers from the customer module")
    void givenCustomerModule_whenEvaluated_thenFactsFromTheCustomerDesk() {
        CustomerId customer = registered("2000000");

        CreditReport report = credit.evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));

        assertThat(report.inputs()).containsEntry("industry", "SERVICES");
        assertThat(credit.account(FINANCE, customer).scaleTier()).isEqualTo(ScaleTier.MEDIUM);
    }

    @Test
    @DisplayName("DS-6.2.1 a customer's new purchase scale, relayed, moves its credit account's scale")
    void givenCustomerRescaled_whenRelayed_thenAccountFollows() {
        CustomerId customer = registered("2000000");
        credit.evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));

        customers.recordPurchase(modules.system(), new RecordPurchase(customer, "SO-1", LocalDate.parse("2026-03-15"),
            new BigDecimal("6000000"), "CNY"));
        modules.relay();

        assertThat(credit.account(FINANCE, customer).scaleTier()).isEqualTo(ScaleTier.LARGE);
    }
}
