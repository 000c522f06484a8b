package dev.directsupply.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.AdmissionLifecycle;
import dev.directsupply.admission.application.ApplicationId;
import dev.directsupply.admission.application.EvaluateApplicantCredit;
import dev.directsupply.admission.application.ReviewPreliminarily;
import dev.directsupply.admission.lead.LeadDesk;
import dev.directsupply.admission.lead.LeadId;
import dev.directsupply.admission.lead.LeadLifecycle;
import dev.directsupply.admission.lead.RecordLead;
import dev.directsupply.admission.lead.WorkLead;
import dev.directsupply.admission.development.SetDevelopmentTarget;
import dev.directsupply.admission.development.TargetDesk;
import dev.directsupply.admission.development.TargetId;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.statemachine.TransitionTable;
import dev.directsupply.testing.Golden;
import dev.directsupply.testing.PublishedEvents;
import dev.directsupply.testing.Staff;
import java.io.IOException;
import dev.directsupply.admission.cooperation.AgreementId;
import dev.directsupply.admission.cooperation.CooperationDesk;
import dev.directsupply.admission.cooperation.RecordExistingAgreement;
import dev.directsupply.admission.cooperation.RenewAgreement;
import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What leaves the admission module and what it stores, pinned by golden files, and the workflow's diagram
 * in the docs, the table's own (refresh with {@code -Ddocs.update=true}).
 */
class AdmissionContractTest {

    @Test
    @DisplayName("every published admission event is written as its golden JSON")
    void givenEachPublishedEvent_whenWritten_thenItsGoldenJson() {
        PublishedEvents.matchTheirGoldenFiles(new AdmissionModule());
    }

    @Test
    @DisplayName("an application is stored in layout 1 as its golden document")
    void givenApplication_whenStored_thenGoldenLayout() {
        AdmissionFixtures fixtures = new AdmissionFixtures();
        CustomerId customer = fixtures.prospect();
        ApplicationId id = fixtures.admission.apply(Staff.SALES, AdmissionFixtures.application(customer)).id();
        fixtures.admission.reviewPreliminarily(Staff.SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "ok"));
        fixtures.admission.evaluateCredit(Staff.CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("2000000"),
            "report attached"));

        Golden.assertJson("documents/application", fixtures.store.read(AdmissionDesk.APPLICATIONS, id.value())
            .orElseThrow().body().replace(customer.value(), "customer-1"));
    }

    @Test
    @DisplayName("DS-3.4 a cooperation agreement is stored in layout 1 as its golden document, every version in it")
    void givenAmendedAgreement_whenStored_thenGoldenLayout() {
        AdmissionFixtures fixtures = new AdmissionFixtures();
        CustomerId customer = fixtures.customers.importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer("苏州老客户", "91320000000000001" + UnifiedSocialCreditCode.checkCharacter(
                "91320000000000001"), "SERVICES", "CATERING", new BigDecimal("2000000"), List.of(), List.of()),
            Staff.SALES.id().value(), "SALES", "GENERAL", "migrated")).id();
        CooperationDesk desk = fixtures.modules.service(CooperationDesk.class);
        desk.recordExisting(Staff.MANAGEMENT, new RecordExistingAgreement(customer,
            AdmissionFixtures.agreement("CA-2026-001", LocalDate.parse("2026-03-01")), "signed on paper"));
        desk.renew(Staff.SALES_MANAGER, new RenewAgreement(AgreementId.of("CA-2026-001"),
            LocalDate.parse("2030-02-28"), AdmissionFixtures.signatures(LocalDate.parse("2026-03-14"))));

        Golden.assertJson("documents/cooperation-agreement", fixtures.store.read(CooperationDesk.AGREEMENTS,
            "CA-2026-001").orElseThrow().body().replace(customer.value(), "customer-1"));
    }

    @Test
    @DisplayName("DS-3.1.2 a lead is stored in layout 1 as its golden document")
    void givenLead_whenStored_thenGoldenLayout() {
        AdmissionFixtures fixtures = new AdmissionFixtures();
        LeadDesk leads = fixtures.modules.service(LeadDesk.class);
        LeadId id = leads.record(Staff.SALES, new RecordLead(new RecordLead.ProspectDetails("杭州鲜味餐饮有限公司", "SERVICES", "CATERING", "浙江",
            List.of("SAUCES"), new BigDecimal("1500000"), "赵经理"),
            "TRADE_SHOW", null, "li.na", LocalDate.parse("2026-03-16"))).id();
        leads.work(Staff.SALES, new WorkLead(id, "CONTACT", "met at the fair", LocalDate.parse("2026-03-20")));

        Golden.assertJson("documents/lead", fixtures.store.read(LeadDesk.LEADS, id.value()).orElseThrow().body()
            .replace(id.value(), "lead-1"));
    }

    @Test
    @DisplayName("DS-3.1.1 a development target is stored in layout 1 as its golden document")
    void givenTarget_whenStored_thenGoldenLayout() {
        AdmissionFixtures fixtures = new AdmissionFixtures();
        TargetId id = fixtures.modules.service(TargetDesk.class).set(Staff.MANAGEMENT, new SetDevelopmentTarget(
            LocalDate.parse("2026-03-01"), LocalDate.parse("2026-06-30"),
            new SetDevelopmentTarget.SegmentDetails("浙江", "SERVICES", null, "TRADE_SHOW"),
            new SetDevelopmentTarget.GoalDetails(10, 4, 2), "华东餐饮")).id();

        Golden.assertJson("documents/development-target", fixtures.store.read(TargetDesk.TARGETS, id.value())
            .orElseThrow().body().replace(id.value(), "target-1"));
    }

    @ParameterizedTest(name = "docs/state-diagrams/{0}.md")
    @CsvSource({"admission-workflow, Admission workflow (DS-3.4), AdmissionLifecycle.TABLE",
        "lead-lifecycle, Lead lifecycle (DS-3.1.2), LeadLifecycle.TABLE"})
    @DisplayName("DS-3.4 DS-3.1.2 the diagrams in docs/state-diagrams are the tables' own")
    void givenTable_whenComparedWithDocs_thenSame(String file, String title, String table) throws IOException {
        TransitionTable<?, ?, ?> machine = file.startsWith("lead") ? LeadLifecycle.TABLE : AdmissionLifecycle.TABLE;
        String document = "# " + title + "\n\nGenerated from `" + table + "` by "
            + "`AdmissionContractTest`; do not edit by hand.\n\n```mermaid\n" + machine.toMermaid() + "```\n";
        Path doc = Path.of("..", "docs", "state-diagrams", file + ".md");
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(doc, document, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(document);
    }
}
