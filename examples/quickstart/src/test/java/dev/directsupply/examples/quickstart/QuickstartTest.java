package dev.directsupply.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    @DisplayName("DS-3.4 the quick start prints classifications, a refusal, an admission in six steps, credit decisions, "
        + "an order from hold to cash, and an intact audit trail")
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
            .contains("-> ON_CREDIT_HOLD / 信用冻结")
            .contains("冻结原因：发票逾期超过容忍天数")
            .contains("INV-2026-0100 paid; the hold is re-checked and released    -> APPROVED")
            .contains("line 1: 100 from stock, 200 made 2026-06-23 to 2026-06-28")
            .contains("-> READY_TO_SHIP").contains("-> SHIPPED").contains("-> ACCEPTED")
            .contains("shipment planned: ROAD by rule fallback")
            .contains("保质期至：2027-06-27").contains("GS1: (240)P-100(10)L-P100-0628(11)260628(17)270627(37)150")
            .contains("notice sent to the customer: leaves 2026-06-28, arrives 2026-07-01, 顺丰速运 SF1400098211")
            .contains("joint acceptance: ACCEPTED_WITH_DISCREPANCY, SHORTAGE of 4 cases")
            .contains("the invoice now owes 51360.00 CNY")
            .contains("51680.00 CNY due 2026-08-30; counted as a purchase: true")
            .contains("-> CLOSED / 已关闭")
            .contains("failures: 0, still pending: 0")
            .contains("APPROVE            -> APPROVED           by chen.jie")
            .contains("SIGN_AGREEMENT     -> ADMITTED           by wang.fang agreement CA-2026-001")
            .contains("Credit grade (DS-3.3.2): pass — grade AA is at or above the minimum A")
            .contains("上海味道餐饮管理有限公司 is now ACTIVE")
            .contains("intact (9 entries, its purchase records' included)");
    }
}
