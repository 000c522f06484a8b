package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.risk.account.CreditAccounts;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.risk.account.ReserveCredit;
import dev.directsupply.risk.receivables.IssueInvoice;
import dev.directsupply.risk.receivables.RecordPayment;
import dev.directsupply.risk.register.AssessRisk;
import dev.directsupply.risk.register.IdentifyRisk;
import dev.directsupply.risk.register.Risk;
import dev.directsupply.risk.register.RiskDesk;
import dev.directsupply.testing.Golden;
import dev.directsupply.testing.PublishedEvents;
import dev.directsupply.testing.Staff;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What leaves the risk module and what it stores, pinned by golden files: a renamed component breaks a
 * test here, not a host's subscriber or a database.
 */
class RiskContractTest {

    @Test
    @DisplayName("every published risk event is written as its golden JSON")
    void givenEachPublishedEvent_whenWritten_thenItsGoldenJson() {
        PublishedEvents.matchTheirGoldenFiles(new RiskModule());
    }

    @Test
    @DisplayName("a credit account, an invoice and a risk are stored as their golden documents")
    void givenAggregates_whenStored_thenGoldenLayouts() {
        RiskFixtures risk = new RiskFixtures("2026-03-15");
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);
        risk.credit.reserve(Staff.SALES, new ReserveCredit(customer, RiskFixtures.order("SO-1"),
            RiskFixtures.amount("100000")));
        risk.credit.reserve(Staff.SALES, new ReserveCredit(customer, RiskFixtures.order("SO-2"),
            RiskFixtures.amount("200000")));
        risk.receivables.issueInvoice(Staff.FINANCE, new IssueInvoice(InvoiceId.of("INV-1"), customer,
            RiskFixtures.order("SO-1"), RiskFixtures.amount("100000"), LocalDate.parse("2026-03-15")));
        risk.receivables.recordPayment(Staff.FINANCE, new RecordPayment(InvoiceId.of("INV-1"), "P-1",
            LocalDate.parse("2026-03-15"), RiskFixtures.amount("40000")));
        Risk identified = risk.register.identify(Staff.QUALITY, new IdentifyRisk("QUALITY", "PRODUCT_LINE",
            "PL-FROZEN", "ice crystals", "sun.mei"));
        risk.register.assess(Staff.QUALITY, new AssessRisk(identified.id(), 2, 3, "two complaints"));

        Golden.assertJson("documents/credit-account", anonymous(risk.store.read(CreditAccounts.ACCOUNTS,
            customer.value()).orElseThrow().body()));
        Golden.assertJson("documents/invoice", risk.store.read("invoices", "INV-1").orElseThrow().body());
        Golden.assertJson("documents/risk", risk.store.read(RiskDesk.RISKS, identified.id().value()).orElseThrow()
            .body().replace(identified.id().value(), "risk-1"));
    }

    /** Report ids are random: the golden file names them by their place. */
    private static String anonymous(String body) {
        return body.replaceAll("\"report\":\"[0-9a-f-]{36}\"", "\"report\":\"report-1\"");
    }

}
