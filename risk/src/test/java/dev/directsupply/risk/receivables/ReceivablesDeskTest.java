package dev.directsupply.risk.receivables;

import static dev.directsupply.risk.RiskFixtures.amount;
import static dev.directsupply.risk.RiskFixtures.order;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.directsupply.risk.RiskFixtures;
import dev.directsupply.risk.account.CheckCredit;
import dev.directsupply.risk.account.CreditAccounts;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.account.ReserveCredit;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.RuleViolation;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.risk.account.CreditAccount;
import dev.directsupply.risk.account.HoldReason;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.account.StopSource;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditTrigger;
import dev.directsupply.risk.account.InvoiceId;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Invoices, payments, write-offs, ageing and dunning through the service. */
class ReceivablesDeskTest {
    private final RiskFixtures risk = new RiskFixtures("2026-03-15");
    private CustomerId customer;

    @BeforeEach
    void aGradedCustomerWithAnInvoice() {
        customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-1"), customer, null,
            amount("100000"), LocalDate.parse("2026-03-15")));
    }

    private CreditAccount account() {
        return risk.credit.account(FINANCE, customer);
    }

    @Test
    @DisplayName("DS-6.2.1 an invoice falls due after the customer's payment terms and joins its exposure")
    void givenInvoice_whenIssued_thenDueAfterTermsAndInExposure() {
        Invoice invoice = risk.receivables.invoice(FINANCE, InvoiceId.of("INV-1"));

        assertThat(invoice.dueDate()).isEqualTo(LocalDate.parse("2026-05-14"));
        assertThat(account().exposure().openReceivables()).isEqualTo(Money.cny("100000"));
    }

    @Test
    @DisplayName("DS-6.1.1 the same invoice issued again is the one invoice; its number with other figures is refused")
    void givenIssuedInvoice_whenIssuedAgain_thenSameOrRefused() {
        Invoice again = risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-1"), customer, null,
            amount("100000"), LocalDate.parse("2026-03-15")));

        assertThat(again).isEqualTo(risk.receivables.invoice(FINANCE, InvoiceId.of("INV-1")));
        assertThat(account().exposure().openReceivables()).isEqualTo(Money.cny("100000"));
        assertThatThrownBy(() -> risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-1"),
            customer, null, amount("90000"), LocalDate.parse("2026-03-15"))))
            .isInstanceOfSatisfying(InvoiceAlreadyIssued.class,
                refused -> assertThat(refused.rule()).contains("DS-6.1.1"));
        assertThat(account().openItems()).hasSize(1);
    }

    @Test
    @DisplayName("partial payments reduce what is owed; the last one settles the invoice and records how late it came")
    void givenPartialPayments_whenAllPaid_thenSettled() {
        risk.receivables.recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-1"), "P-1",
            LocalDate.parse("2026-03-15"), amount("40000")));
        assertThat(account().exposure().openReceivables()).isEqualTo(Money.cny("60000"));

        risk.clock.moveTo("2026-05-20");
        Invoice settled = risk.receivables.recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-1"), "P-2",
            LocalDate.parse("2026-05-20"), amount("60000")));

        assertThat(settled.status()).isEqualTo(InvoiceStatus.SETTLED);
        assertThat(account().openItems()).isEmpty();
        assertThat(account().settledPayments()).singleElement()
            .satisfies(payment -> assertThat(payment.daysLate()).isEqualTo(6));
        assertThat(risk.store.pendingEvents(100)).extracting(e -> e.event().type())
            .contains("risk.PaymentReceived", "risk.InvoiceSettled");
    }

    @Test
    @DisplayName("the same payment twice is one payment; more than is owed is refused and changes nothing")
    void givenRepeatedAndExcessivePayments_whenRecorded_thenIdempotentAndRefused() {
        RecordPayment payment = new RecordPayment(InvoiceId.of("INV-1"), "P-1", LocalDate.parse("2026-03-15"),
            amount("40000"));
        risk.receivables.recordPayment(FINANCE, payment);
        risk.receivables.recordPayment(FINANCE, payment);

        assertThatThrownBy(() -> risk.receivables.recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-1"),
            "P-2", LocalDate.parse("2026-03-15"), amount("70000"))))
            .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("exceeds-outstanding"));
        assertThat(risk.receivables.invoice(FINANCE, InvoiceId.of("INV-1")).outstanding()).isEqualTo(Money.cny("60000"));
    }

    @Test
    @DisplayName("a credit note takes an amount off with its reason")
    void givenCreditNote_whenIssued_thenOutstandingReduced() {
        Invoice credited = risk.receivables.issueCreditNote(FINANCE, new IssueCreditNote(InvoiceId.of("INV-1"), "CN-1",
            LocalDate.parse("2026-03-15"), amount("5000"), "damaged cartons"));

        assertThat(credited.outstanding()).isEqualTo(Money.cny("95000"));
        assertThat(credited.creditNotes().get(0).reason()).isEqualTo("damaged cartons");
    }

    @Test
    @DisplayName("DS-6.2.1 a write-off is for authorised actors; it records the reason and re-grades the customer")
    void givenUnpaidInvoice_whenWrittenOff_thenAuthorisedAndRegraded() {
        assertThatThrownBy(() -> risk.receivables.writeOff(FINANCE,
            new WriteOffInvoice(InvoiceId.of("INV-1"), "insolvent"))).isInstanceOf(AccessDenied.class);

        Invoice written = risk.receivables.writeOff(CREDIT, new WriteOffInvoice(InvoiceId.of("INV-1"),
            "customer insolvent, claim filed"));

        assertThat(written.status()).isEqualTo(InvoiceStatus.WRITTEN_OFF);
        assertThat(written.writeOff().by()).isEqualTo(CREDIT.id());
        assertThat(written.writeOff().amount()).isEqualTo(Money.cny("100000"));
        assertThat(account().defaults()).isEqualTo(1);
        assertThat(account().openItems()).isEmpty();
        assertThat(account().gradeHistory()).last().extracting(change -> change.trigger())
            .isEqualTo(CreditTrigger.PAYMENT_DEFAULT);
    }

    @Test
    @DisplayName("DS-6.2.1 a bad debt written off keeps counting: the grade does not improve by the write-off")
    void givenLongOverdueInvoice_whenWrittenOff_thenGradeNoBetter() {
        risk.clock.moveTo("2026-08-19");
        CreditGrade overdue = risk.credit.evaluate(CREDIT, new EvaluateCredit(customer, "OVERDUE_INVOICE")).grade();
        risk.clock.moveTo("2026-08-20");
        int accountWrites = risk.store.auditTrail(CreditAccounts.ACCOUNTS, customer.value()).size();

        risk.receivables.writeOff(CREDIT, new WriteOffInvoice(InvoiceId.of("INV-1"), "customer insolvent"));

        CreditAccount after = account();
        assertThat(after.grade()).isEqualTo(overdue);
        assertThat(risk.credit.reports(CREDIT, customer)).filteredOn(r -> r.trigger() == CreditTrigger.PAYMENT_DEFAULT)
            .singleElement().satisfies(report -> assertThat(report.evaluation().lines())
                .filteredOn(line -> line.factor().equals("maxDaysPastDue")).singleElement()
                .satisfies(line -> assertThat(line.rawValue()).as("the written-off invoice's days late")
                    .isEqualTo("98")));
        assertThat(risk.store.auditTrail(CreditAccounts.ACCOUNTS, customer.value()))
            .as("the write-off and its re-grading are one write of the account").hasSize(accountWrites + 1);
    }

    @Test
    @DisplayName("DS-4.1.2 an order on credit hold is not invoiced, and nothing changes")
    void givenHeldOrder_whenInvoiced_thenRefused() {
        risk.credit.reserve(SALES, new ReserveCredit(customer, order("SO-BIG"), amount("90000000")));
        long before = risk.store.pendingEvents(500).size();

        assertThatThrownBy(() -> risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-9"),
            customer, order("SO-BIG"), amount("90000000"), LocalDate.parse("2026-03-15"))))
            .isInstanceOfSatisfying(CreditAccount.OrderOnHold.class,
                refused -> assertThat(refused.rule()).contains("DS-4.1.2"));
        assertThat(account().hold(order("SO-BIG"))).isPresent();
        assertThat(risk.store.pendingEvents(500)).hasSize((int) before);
    }

    @Test
    @DisplayName("DS-6.2.1 a dunning run goes on past an account it cannot read, and names it")
    void givenOneUnreadableAccount_whenDunned_thenOthersDunnedAndItNamed() {
        CustomerId other = risk.gradedCustomer("c-2", ScaleTier.MEDIUM);
        risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-2"), other, null,
            amount("50000"), LocalDate.parse("2026-03-15")));
        risk.damageAccount(customer);
        risk.clock.moveTo("2026-05-21");

        DunningRun run = risk.receivables.runDunning(risk.modules.system());

        assertThat(run.unreadable()).containsExactly(customer);
        assertThat(run.failed()).isEmpty();
        assertThat(run.levelsReached()).as("the other customer's reminder").isEqualTo(1);
        assertThat(run.accountsExamined()).isEqualTo(1);
    }

    @Test
    @DisplayName("DS-6.2.1 dunning levels at 7, 30 and 60 days: reminder, call, then credit stop, lifted once paid")
    void givenOverdueInvoice_whenDunned_thenLevelsReachedAndStopLiftedOncePaid() {
        risk.clock.moveTo("2026-05-21");
        DunningRun week = risk.receivables.runDunning(risk.modules.system());
        risk.clock.moveTo("2026-06-13");
        DunningRun month = risk.receivables.runDunning(risk.modules.system());
        risk.clock.moveTo("2026-07-13");
        DunningRun twoMonths = risk.receivables.runDunning(risk.modules.system());

        assertThat(week.levelsReached()).isEqualTo(1);
        assertThat(month.levelsReached()).isEqualTo(1);
        assertThat(month.regraded()).containsExactly(customer);
        assertThat(twoMonths.levelsReached()).isEqualTo(1);
        assertThat(account().creditStops()).contains(StopSource.DUNNING);
        assertThat(risk.credit.check(SALES, new CheckCredit(customer, amount("1000"))).reasons())
            .contains(HoldReason.CREDIT_STOP, HoldReason.OVERDUE_BEYOND_TOLERANCE);
        assertThat(risk.store.pendingEvents(200)).filteredOn(e -> e.event().type().equals("risk.DunningLevelReached"))
            .extracting(e -> e.event().payload()).anyMatch(p -> p.contains("\"action\":\"REMINDER\""))
            .anyMatch(p -> p.contains("\"action\":\"CALL\"")).anyMatch(p -> p.contains("\"action\":\"CREDIT_STOP\""));

        risk.receivables.recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-1"), "P-1",
            LocalDate.parse("2026-07-13"), amount("100000")));

        assertThat(account().creditStops()).doesNotContain(StopSource.DUNNING);
    }

    @Test
    @DisplayName("ageing and days sales outstanding, for the customer and the portfolio")
    void givenInvoices_whenAged_thenBucketsAndDso() {
        CustomerId other = risk.gradedCustomer("c-2", ScaleTier.MEDIUM);
        risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-2"), other, null, amount("50000"),
            LocalDate.parse("2026-03-15")));
        risk.clock.moveTo("2026-06-01");

        Ageing mine = risk.receivables.ageing(FINANCE, customer);
        Ageing portfolio = risk.receivables.portfolioAgeing(FINANCE);

        assertThat(mine.lines().get(1).amount()).isEqualTo(Money.cny("100000"));
        assertThat(mine.lines().get(1).bucket()).isEqualTo("1-30");
        assertThat(portfolio.total()).isEqualTo(Money.cny("150000"));
        assertThat(portfolio.items()).isEqualTo(2);
        Ageing theirs = risk.receivables.ageing(FINANCE, other);
        for (int bucket = 0; bucket < portfolio.lines().size(); bucket++) {
            assertThat(portfolio.lines().get(bucket).amount()).as("bucket %d: the portfolio is its accounts' sum", bucket)
                .isEqualTo(mine.lines().get(bucket).amount().plus(theirs.lines().get(bucket).amount()));
        }
        assertThat(risk.anotherHost().receivables.portfolioAgeing(FINANCE))
            .as("read from the stored open items alone, nothing cached").isEqualTo(portfolio);
        assertThat(risk.receivables.daysSalesOutstanding(FINANCE, customer)).hasValueSatisfying(
            days -> assertThat(days).isEqualByComparingTo("90.0"));
        assertThat(risk.receivables.portfolioDaysSalesOutstanding(FINANCE)).isPresent();
    }

    @Test
    @DisplayName("DS-6.2.1 a payment on a written-off invoice is refused, naming the move in both languages")
    void givenWrittenOffInvoice_whenPaid_thenRefusedInBothLanguages() {
        risk.receivables.writeOff(CREDIT, new WriteOffInvoice(InvoiceId.of("INV-1"), "customer insolvent"));

        assertThatThrownBy(() -> risk.receivables.recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-1"),
            "P-late", LocalDate.parse("2026-03-15"), amount("100"))))
            .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                assertThat(e.getMessage()).contains("Receive payment");
                assertThat(e.chineseMessage()).contains("收款").doesNotContain("RECEIVE_PAYMENT");
            });
    }

    @Test
    @DisplayName("DS-6.2.1 a payment dated before its invoice was issued is refused in both languages; nothing changes")
    void givenPaymentBeforeIssue_whenRecorded_thenRefusedAndNothingStored() {
        int pending = risk.store.pendingEvents(500).size();

        assertThatThrownBy(() -> risk.receivables.recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-1"), "P-0",
            LocalDate.parse("2026-03-14"), amount("100"))))
            .isInstanceOfSatisfying(Invoice.DatedBeforeIssue.class, e -> {
                assertThat(e.rule()).contains("DS-6.2.1");
                assertThat(e.getMessage()).contains("receivedOn 2026-03-14").contains("2026-03-15");
                assertThat(e.chineseMessage()).contains("早于发票");
            });
        assertThat(risk.receivables.invoice(FINANCE, InvoiceId.of("INV-1")).payments()).isEmpty();
        assertThat(risk.store.pendingEvents(500)).hasSize(pending);
    }

    @Test
    @DisplayName("bad input: a negative payment is refused, an unknown invoice is not found; nothing changes")
    void givenBadInput_whenRecorded_thenTypedErrors() {
        assertThatThrownBy(() -> risk.receivables.recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-1"), " ",
            LocalDate.parse("2026-03-16"), amount("-1"))))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields())
                .containsExactly("amount", "receivedOn", "reference"));
        assertThatThrownBy(() -> risk.receivables.recordPayment(FINANCE, new RecordPayment(InvoiceId.of("INV-404"),
            "P", LocalDate.parse("2026-03-15"), amount("1")))).isInstanceOf(NotFound.class);
        assertThat(risk.receivables.invoice(FINANCE, InvoiceId.of("INV-1")).payments()).isEmpty();
    }
}
