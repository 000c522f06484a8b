package dev.directsupply.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.delivery.shipment.ShipmentLifecycle;
import dev.directsupply.testing.PublishedEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What delivery publishes and documents: its events' JSON and the shipment lifecycle's diagram. */
class DeliveryContractTest {

    @Test
    @DisplayName("every published delivery event is written as its golden JSON")
    void givenEachPublishedEvent_whenWritten_thenItsGoldenJson() {
        PublishedEvents.matchTheirGoldenFiles(new DeliveryModule());
    }

    @Test
    @DisplayName("DS-4.2 the diagram in docs/state-diagrams is the shipment table's own")
    void givenTable_whenComparedWithDocs_thenSame() throws IOException {
        String document = "# Shipment lifecycle (DS-4.2)\n\nGenerated from `ShipmentLifecycle.TABLE` by "
            + "`DeliveryContractTest`; do not edit by hand.\n\n```mermaid\n" + ShipmentLifecycle.TABLE.toMermaid()
            + "```\n";
        Path doc = Path.of("..", "docs", "state-diagrams", "shipment-lifecycle.md");
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(doc, document, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(document);
    }
}
