package dev.directsupply.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    @DisplayName("the quick start runs and prints classifications, the refusal and an intact audit trail")
    void givenQuickstart_whenRun_thenPrintsClassifications() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Quickstart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output)
            .contains("中型直供客户 / SERVICES/CATERING / 一般直供客户")
            .contains("大型直供客户 / MANUFACTURING/MACHINERY")
            .contains("小型直供客户 / SERVICES/LOGISTICS")
            .contains("大型直供客户 / SERVICES/CATERING / 核心直供客户")
            .contains("Refused: RegisterCustomer was rejected with 4 violation(s)")
            .contains("-> grade AA")
            .contains("Decision: Approve with prepayment (prepayment ratio 0.3)")
            .contains("冻结原因：超出信用额度")
            .contains("intact (4 entries)");
    }
}
