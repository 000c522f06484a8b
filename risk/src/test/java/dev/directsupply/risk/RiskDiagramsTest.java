package dev.directsupply.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.statemachine.TransitionTable;
import dev.directsupply.risk.receivables.InvoiceLifecycle;
import dev.directsupply.risk.register.RiskLifecycle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The diagrams in the docs are the tables' own; refresh them with {@code -Ddocs.update=true}. */
class RiskDiagramsTest {

    static String document(String title, String table, TransitionTable<?, ?, ?> machine) {
        return "# " + title + "\n\nGenerated from `" + table + "` by `RiskDiagramsTest`; do not edit by hand.\n\n"
            + "```mermaid\n" + machine.toMermaid() + "```\n";
    }

    @ParameterizedTest(name = "docs/state-diagrams/{0}.md")
    @CsvSource({"risk-lifecycle, Risk lifecycle, RiskLifecycle.TABLE",
        "invoice-lifecycle, Invoice lifecycle, InvoiceLifecycle.TABLE"})
    void givenTable_whenComparedWithDocs_thenSame(String file, String title, String table) throws IOException {
        TransitionTable<?, ?, ?> machine = file.startsWith("risk") ? RiskLifecycle.TABLE : InvoiceLifecycle.TABLE;
        Path doc = Path.of("..", "docs", "state-diagrams", file + ".md");
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(doc, document(title, table, machine), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(document(title, table, machine));
    }
}
