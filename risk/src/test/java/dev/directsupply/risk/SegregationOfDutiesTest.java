package dev.directsupply.risk;

import static dev.directsupply.risk.RiskFixtures.amount;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Messages;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Role;
import dev.directsupply.risk.account.ApproveLimitOverride;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.risk.account.NoProposedOverride;
import dev.directsupply.risk.account.OverrideCreditLimit;
import dev.directsupply.risk.receivables.Invoice;
import dev.directsupply.risk.receivables.InvoiceStatus;
import dev.directsupply.risk.receivables.IssueCreditNote;
import dev.directsupply.risk.receivables.IssueInvoice;
import dev.directsupply.risk.receivables.WriteOffInvoice;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Duties the policy splits between people (DS-6.2.1, DS-7.2.2): a limit override is proposed by one and
 * approved by another; whoever issued an invoice does not write it off; a credit note that writes off
 * what is owed needs the write-off permission; a role counts only in its own departments.
 */
class SegregationOfDutiesTest {
    /** Finance staff who also manage credit, as many small companies have them: both roles count in finance. */
    private static final Actor FINANCE_AND_CREDIT = Actor.of("ma.lin", Department.FINANCE, Role.FINANCE,
        Role.CREDIT_MANAGER);

    private final RiskFixtures risk = new RiskFixtures("2026-03-15");
    private CustomerId customer;

    @BeforeEach
    void aGradedCustomer() {
        customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        risk.modules.agree(FINANCE_AND_CREDIT);
    }

    private CreditAccount account() {
        return risk.credit.account(FINANCE, customer);
    }

    @Test
    @DisplayName("DS-6.2.1 a proposed limit override is not the limit until a second person approves it")
    void givenProposedOverride_whenApprovedByAnother_thenInForce() {
        Money table = account().limit(LocalDate.parse("2026-03-15"));

        risk.credit.overrideLimit(FINANCE, new OverrideCreditLimit(customer, amount("15000000"), "harvest season",
            LocalDate.parse("2026-06-30")));
        assertThat(account().limit(LocalDate.parse("2026-03-15"))).isEqualTo(table);
        assertThat(account().proposedLimitOverride().by()).isEqualTo(FINANCE.id());

        risk.credit.approveLimitOverride(CREDIT, new ApproveLimitOverride(customer));

        assertThat(account().limit(LocalDate.parse("2026-03-15"))).isEqualTo(Money.cny("15000000"));
        assertThat(account().limitOverride().approvedBy()).isEqualTo(CREDIT.id());
    }

    @Test
    @DisplayName("DS-6.2.1 whoever proposed a limit override cannot approve it")
    void givenProposedOverride_whenProposerApproves_thenDeniedAndNotInForce() {
        Money table = account().limit(LocalDate.parse("2026-03-15"));
        risk.credit.overrideLimit(FINANCE_AND_CREDIT, new OverrideCreditLimit(customer, amount("15000000"),
            "harvest season", LocalDate.parse("2026-06-30")));

        assertThatThrownBy(() -> risk.credit.approveLimitOverride(FINANCE_AND_CREDIT,
            new ApproveLimitOverride(customer)))
            .isInstanceOfSatisfying(AccessDenied.class, e -> {
                assertThat(e.rule()).contains("DS-6.2.1");
                assertThat(e.message(Messages.ENGLISH)).contains("a different person");
            });
        assertThat(account().limit(LocalDate.parse("2026-03-15"))).isEqualTo(table);
    }

    @Test
    @DisplayName("DS-6.2.1 there is nothing to approve without a proposal")
    void givenNoProposal_whenApproved_thenRefused() {
        assertThatThrownBy(() -> risk.credit.approveLimitOverride(CREDIT, new ApproveLimitOverride(customer)))
            .isInstanceOf(NoProposedOverride.class);
    }

    @Test
    @DisplayName("DS-7.2.2 a sales-department actor with the finance role cannot propose a limit override")
    void givenFinanceRoleInSales_whenOverriding_thenDenied() {
        Actor salesWithFinance = Actor.of("li.na", Department.SALES, Role.SALES, Role.FINANCE);

        assertThatThrownBy(() -> risk.credit.overrideLimit(salesWithFinance, new OverrideCreditLimit(customer,
            amount("15000000"), "a friend", LocalDate.parse("2026-06-30"))))
            .isInstanceOfSatisfying(AccessDenied.class,
                e -> assertThat(e.message(Messages.ENGLISH)).contains("does not count in their department"));
        assertThat(account().proposedLimitOverride()).isNull();
    }

    @Test
    @DisplayName("DS-6.2.1 whoever issued an invoice cannot write it off; another authorised person can")
    void givenInvoiceIssuedByOne_whenTheSameWritesItOff_thenDenied() {
        risk.receivables.issueInvoice(FINANCE_AND_CREDIT, new IssueInvoice(InvoiceId.of("INV-7"), customer, null,
            amount("100000"), LocalDate.parse("2026-03-15")));

        assertThatThrownBy(() -> risk.receivables.writeOff(FINANCE_AND_CREDIT,
            new WriteOffInvoice(InvoiceId.of("INV-7"), "insolvent")))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-6.2.1"));
        assertThat(risk.receivables.invoice(FINANCE, InvoiceId.of("INV-7")).status()).isEqualTo(InvoiceStatus.OPEN);

        Invoice written = risk.receivables.writeOff(CREDIT, new WriteOffInvoice(InvoiceId.of("INV-7"), "insolvent"));
        assertThat(written.status()).isEqualTo(InvoiceStatus.WRITTEN_OFF);
    }

    @Test
    @DisplayName("DS-6.2.1 a credit note for a whole invoice is a write-off: finance alone is denied, and nothing changes")
    void givenLargeCreditNote_whenFinanceIssuesIt_thenDeniedUnlessWriteOffHeld() {
        risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-8"), customer, null,
            amount("100000"), LocalDate.parse("2026-03-15")));

        assertThatThrownBy(() -> risk.receivables.issueCreditNote(FINANCE, new IssueCreditNote(InvoiceId.of("INV-8"),
            "CN-1", LocalDate.parse("2026-03-15"), amount("100000"), "goodwill")))
            .isInstanceOfSatisfying(AccessDenied.class, e -> {
                assertThat(e.rule()).contains("DS-6.2.1");
                assertThat(e.permission().code()).isEqualTo("risk.write-off");
                assertThat(e.message(Messages.ENGLISH)).contains("above the approval limit");
                assertThat(e.message(Messages.CHINESE)).contains("超过审批限额");
            });
        assertThat(risk.receivables.invoice(FINANCE, InvoiceId.of("INV-8")).outstanding())
            .isEqualTo(Money.cny("100000"));

        Invoice credited = risk.receivables.issueCreditNote(FINANCE_AND_CREDIT, new IssueCreditNote(
            InvoiceId.of("INV-8"), "CN-1", LocalDate.parse("2026-03-15"), amount("100000"), "goodwill"));
        assertThat(credited.outstanding()).isEqualTo(Money.cny("0"));
    }

    @Test
    @DisplayName("DS-6.2.1 a credit note at the approval limit on an invoice not yet due is finance's own")
    void givenNoteAtTheLimit_whenFinanceIssuesIt_thenTaken() {
        risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-10"), customer, null,
            amount("100000"), LocalDate.parse("2026-03-15")));

        Invoice credited = risk.receivables.issueCreditNote(FINANCE, new IssueCreditNote(InvoiceId.of("INV-10"),
            "CN-1", LocalDate.parse("2026-03-15"), amount("10000.00"), "price correction"));

        assertThat(credited.outstanding()).isEqualTo(Money.cny("90000"));
    }

    @Test
    @DisplayName("DS-6.2.1 a credit note on an overdue invoice needs the write-off permission, however small")
    void givenOverdueInvoice_whenSmallCreditNote_thenDeniedForFinanceAlone() {
        risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-9"), customer, null,
            amount("100000"), LocalDate.parse("2025-12-01")));

        assertThatThrownBy(() -> risk.receivables.issueCreditNote(FINANCE, new IssueCreditNote(InvoiceId.of("INV-9"),
            "CN-1", LocalDate.parse("2026-03-15"), amount("100"), "damaged cartons")))
            .isInstanceOfSatisfying(AccessDenied.class,
                e -> assertThat(e.message(Messages.ENGLISH)).contains("overdue invoice"));

        assertThat(risk.receivables.issueCreditNote(FINANCE_AND_CREDIT, new IssueCreditNote(InvoiceId.of("INV-9"),
            "CN-1", LocalDate.parse("2026-03-15"), amount("100"), "damaged cartons")).outstanding())
            .isEqualTo(Money.cny("99900"));
    }
}
