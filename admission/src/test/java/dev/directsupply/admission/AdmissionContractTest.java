package dev.directsupply.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.AdmissionLifecycle;
import dev.directsupply.admission.application.ApplicationId;
import dev.directsupply.admission.application.EvaluateApplicantCredit;
import dev.directsupply.admission.application.ReviewPreliminarily;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.testing.Golden;
import dev.directsupply.testing.PublishedEvents;
import dev.directsupply.testing.Staff;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
    @DisplayName("DS-3.4 the workflow's diagram in docs/state-diagrams is the table's own")
    void givenWorkflowTable_whenComparedWithDocs_thenSame() throws IOException {
        String document = "# Admission workflow (DS-3.4)\n\nGenerated from `AdmissionLifecycle.TABLE` by "
            + "`AdmissionContractTest`; do not edit by hand.\n\n```mermaid\n" + AdmissionLifecycle.TABLE.toMermaid()
            + "```\n";
        Path doc = Path.of("..", "docs", "state-diagrams", "admission-workflow.md");
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(doc, document, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(document);
    }
}
