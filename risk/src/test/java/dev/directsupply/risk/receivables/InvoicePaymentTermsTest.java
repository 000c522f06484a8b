package dev.directsupply.risk.receivables;

import static dev.directsupply.risk.RiskFixtures.amount;
import static dev.directsupply.testing.Staff.FINANCE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.risk.RiskFixtures;
import dev.directsupply.risk.account.InvoiceId;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-6.2.1: an invoice is due after the agreement's payment terms; the mitigation table shortens them for a
 * risky customer and never lengthens them. With the default table, a customer graded A or better and not
 * overdue keeps 60 days at most from the table — and the agreed days whatever they are.
 */
class InvoicePaymentTermsTest {
    private static final LocalDate ISSUED = LocalDate.parse("2026-03-15");

    private final RiskFixtures risk = new RiskFixtures("2026-03-15");

    private Invoice issue(CustomerId customer, String invoice, LocalDate on, Integer agreedDays) {
        return risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of(invoice), customer, null,
            amount("1000"), on, agreedDays));
    }

    @Test
    @DisplayName("DS-6.2.1 a customer in good standing pays on its agreed terms, longer or shorter than the table's")
    void givenGoodStanding_whenInvoiced_thenAgreedTermsHold() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);

        assertThat(issue(customer, "INV-1", ISSUED, 90).dueDate()).isEqualTo(ISSUED.plusDays(90));
        assertThat(issue(customer, "INV-2", ISSUED, 30).dueDate()).isEqualTo(ISSUED.plusDays(30));
    }

    @Test
    @DisplayName("DS-6.2.1 without agreed terms, the mitigation table's terms stand")
    void givenNoAgreedTerms_whenInvoiced_thenTableTerms() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);

        assertThat(issue(customer, "INV-1", ISSUED, null).dueDate()).isEqualTo(ISSUED.plusDays(60));
    }

    @Test
    @DisplayName("DS-6.2.1 a customer not yet graded is risky: the table shortens its terms to cash on invoice")
    void givenUngraded_whenInvoiced_thenShortened() {
        CustomerId customer = risk.customer("c-2", ScaleTier.MEDIUM, "2020-01-01");

        assertThat(issue(customer, "INV-1", ISSUED, 30).dueDate()).isEqualTo(ISSUED);
    }

    @Test
    @DisplayName("DS-6.2.1 an overdue customer's terms are shortened to the table's, and never lengthened by it")
    void givenOverdue_whenInvoiced_thenShortenedNeverLengthened() {
        CustomerId customer = risk.gradedCustomer("c-3", ScaleTier.MEDIUM);
        issue(customer, "INV-1", ISSUED, 10);
        LocalDate late = LocalDate.parse("2026-03-30");
        risk.clock.moveTo("2026-03-30");

        assertThat(issue(customer, "INV-2", late, 90).dueDate()).isEqualTo(late.plusDays(45));
        assertThat(issue(customer, "INV-3", late, 20).dueDate()).isEqualTo(late.plusDays(20));
    }
}
