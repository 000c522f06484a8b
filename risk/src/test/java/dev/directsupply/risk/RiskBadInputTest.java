package dev.directsupply.risk;

import static dev.directsupply.risk.RiskFixtures.amount;
import static dev.directsupply.risk.RiskFixtures.order;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.QUALITY;
import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.risk.account.OverrideCreditLimit;
import dev.directsupply.risk.account.RecordGuarantee;
import dev.directsupply.risk.account.RecordViolation;
import dev.directsupply.risk.account.ReserveCredit;
import dev.directsupply.risk.account.SetCreditStop;
import dev.directsupply.risk.receivables.IssueCreditNote;
import dev.directsupply.risk.receivables.IssueInvoice;
import dev.directsupply.risk.receivables.RecordPayment;
import dev.directsupply.risk.receivables.WriteOffInvoice;
import dev.directsupply.risk.register.AssessRisk;
import dev.directsupply.risk.register.IdentifyRisk;
import dev.directsupply.risk.register.MoveRisk;
import dev.directsupply.risk.register.PlanRiskResponse;
import dev.directsupply.risk.register.ReviewRisk;
import dev.directsupply.risk.register.RiskId;
import dev.directsupply.testing.BadInputProbe.Outcome;
import dev.directsupply.testing.BadInputProbe.Tried;
import dev.directsupply.testing.BadInputProbe;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every text and date component of the risk module's commands, tried with control, zero-width and
 * bidirectional characters, an unpaired surrogate and dates outside 1900–2200 (BadInputProbe): each is
 * refused with an {@code InvalidCommand} naming the component, nothing stored.
 */
class RiskBadInputTest {
    private final RiskFixtures risk = new RiskFixtures("2026-03-15");
    private final BadInputProbe probe = new BadInputProbe(() -> risk.store.pendingEvents(100_000).size());

    @Test
    @DisplayName("DS-7.2.1 DS-7.1.2 bad text and dates in any risk command meet InvalidCommand naming the field, "
        + "nothing stored")
    void givenBadTextOrDatesInEveryRiskCommand_whenSent_thenRefusedNamingTheField() {
        CustomerId customer = risk.gradedCustomer("c-probe", ScaleTier.MEDIUM);
        risk.receivables.issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-1"), customer, order("SO-1"),
            amount("100000"), LocalDate.parse("2026-03-01")));
        RiskId riskId = risk.register.identify(QUALITY, new IdentifyRisk("QUALITY", "PRODUCT_LINE", "PL-FROZEN",
            "thawing in transit", "sun.mei")).id();

        probe.tryAll(new EvaluateCredit(customer, "INITIAL"), c -> risk.credit.evaluate(CREDIT, c));
        probe.tryAll(new RecordViolation(customer, LocalDate.parse("2026-03-01"), "late filing", "tax bureau"),
            c -> risk.credit.recordViolation(CREDIT, c));
        probe.tryAll(new OverrideCreditLimit(customer, amount("2000000"), "harvest season",
            LocalDate.parse("2026-06-30")), c -> risk.credit.overrideLimit(FINANCE, c));
        probe.tryAll(new RecordGuarantee(customer, "BANK_GUARANTEE", amount("500000"), "Bank of Wuxi",
            LocalDate.parse("2026-03-01"), LocalDate.parse("2026-12-31")), c -> risk.credit.recordGuarantee(FINANCE, c));
        probe.tryAll(new SetCreditStop(customer, true, "dispute"), c -> risk.credit.setCreditStop(FINANCE, c));
        probe.tryAll(new ReserveCredit(customer, order("SO-9"), amount("1000")), c -> risk.credit.reserve(SALES, c));
        probe.tryAll(new IssueInvoice(InvoiceId.of("INV-2"), customer, order("SO-1"), amount("1000"),
            LocalDate.parse("2026-03-10")), c -> risk.receivables.issueInvoice(FINANCE, c));
        probe.tryAll(new RecordPayment(InvoiceId.of("INV-1"), "BANK-77", LocalDate.parse("2026-03-12"), amount("100")),
            c -> risk.receivables.recordPayment(FINANCE, c));
        probe.tryAll(new IssueCreditNote(InvoiceId.of("INV-1"), "CN-1", LocalDate.parse("2026-03-12"), amount("10"),
            "damaged goods"), c -> risk.receivables.issueCreditNote(FINANCE, c));
        probe.tryAll(new WriteOffInvoice(InvoiceId.of("INV-1"), "insolvent"), c -> risk.receivables.writeOff(CREDIT, c));
        probe.tryAll(new IdentifyRisk("QUALITY", "PRODUCT_LINE", "PL-FROZEN", "thawing in transit", "sun.mei"),
            c -> risk.register.identify(QUALITY, c));
        probe.tryAll(new AssessRisk(riskId, 3, 4, "two complaints this month"), c -> risk.register.assess(QUALITY, c));
        probe.tryAll(new PlanRiskResponse(riskId, List.of("extra freezer audit"), "second mill in Wuxi", "sun.mei",
            LocalDate.parse("2026-04-30")), c -> risk.register.plan(QUALITY, c));
        probe.tryAll(new ReviewRisk(riskId, "checked the freezers", LocalDate.parse("2026-05-01")),
            c -> risk.register.review(QUALITY, c));
        probe.tryAll(new MoveRisk(riskId, "MITIGATE", "actions started"), c -> risk.register.move(QUALITY, c));

        System.out.println("risk bad inputs tried: " + probe.tried().size() + " " + probe.tally());
        probe.tried().stream().filter(t -> t.outcome() != Outcome.REFUSED_NAMING_THE_FIELD)
            .forEach(t -> System.out.println("  " + t));
        assertThat(probe.tried()).hasSizeGreaterThan(150);
        assertThat(probe.tried()).filteredOn(t -> t.outcome() != Outcome.REFUSED_NAMING_THE_FIELD)
            .as("refused when the value was made (a typed id or reference) is the only other answer")
            .allMatch(t -> t.outcome() == Outcome.REFUSED_OTHERWISE_TYPED && t.detail().endsWith("when made"));
    }
}
