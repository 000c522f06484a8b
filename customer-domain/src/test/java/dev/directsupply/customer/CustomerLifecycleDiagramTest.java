package dev.directsupply.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The diagram in the docs is the table's own. To refresh it after changing the table, run the build
 * with {@code -Ddocs.update=true}.
 */
class CustomerLifecycleDiagramTest {
    private static final Path DOC = Path.of("..", "docs", "state-diagrams", "customer-status.md");

    static String document() {
        return "# Customer status\n\n"
            + "Generated from `CustomerLifecycle.TABLE` by `CustomerLifecycleDiagramTest`; do not edit by hand.\n\n"
            + "```mermaid\n" + CustomerLifecycle.TABLE.toMermaid() + "```\n";
    }

    @Test
    @DisplayName("docs/state-diagrams/customer-status.md shows the customer lifecycle table as it is")
    void givenLifecycleTable_whenComparedWithDocs_thenSame() throws IOException {
        if (Boolean.getBoolean("docs.update")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, document(), StandardCharsets.UTF_8);
        }
        assertThat(DOC).exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(document());
    }
}
