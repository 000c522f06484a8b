package dev.directsupply.risk;

import static dev.directsupply.risk.RiskFixtures.amount;
import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.QUALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.risk.account.RecordGuarantee;
import dev.directsupply.risk.account.RecordViolation;
import dev.directsupply.risk.account.SetCreditStop;
import dev.directsupply.risk.register.AssessRisk;
import dev.directsupply.risk.register.IdentifyRisk;
import dev.directsupply.risk.register.MoveRisk;
import dev.directsupply.risk.register.PlanRiskResponse;
import dev.directsupply.risk.register.ReviewRisk;
import dev.directsupply.risk.register.Risk;
import dev.directsupply.risk.register.RiskNote;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-7.1.2: descriptions, notes, contingency plans and reasons are free text and may run over several
 * lines; names, ids, codes and one-line items (a response measure, a guarantor, a source) may not.
 */
class RiskFreeTextTest {
    private static final String MINUTES = "meeting with the supplier:\n\t1. freezer audit\r\n\t2. corrective action";

    private final RiskFixtures risk = new RiskFixtures("2026-03-15");

    @Test
    @DisplayName("DS-7.1.2 a risk's description, notes and contingency plan may hold line breaks and tabs")
    void givenMultiLineTexts_whenRiskWorkedThrough_thenAcceptedAndKept() {
        Risk identified = risk.register.identify(QUALITY, new IdentifyRisk("SUPPLY", "PRODUCT_LINE", "PL-FROZEN",
            MINUTES, "sun.mei"));
        risk.register.assess(QUALITY, new AssessRisk(identified.id(), 3, 4, MINUTES));
        risk.register.plan(QUALITY, new PlanRiskResponse(identified.id(), List.of("safety stock"), MINUTES, "sun.mei",
            LocalDate.parse("2026-04-15")));
        risk.register.move(QUALITY, new MoveRisk(identified.id(), "MITIGATE", MINUTES));
        Risk reviewed = risk.register.review(QUALITY, new ReviewRisk(identified.id(), MINUTES,
            LocalDate.parse("2026-05-15")));

        assertThat(reviewed.identification().description()).isEqualTo(MINUTES);
        assertThat(reviewed.response().contingencyPlan()).isEqualTo(MINUTES);
        assertThat(reviewed.history()).extracting(RiskNote::note).contains(MINUTES);
    }

    @Test
    @DisplayName("DS-7.1.2 a violation's description and a credit stop's reason may hold line breaks")
    void givenMultiLineDescriptionAndReason_whenRecorded_thenAccepted() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);

        risk.credit.recordViolation(CREDIT, new RecordViolation(customer, LocalDate.parse("2026-01-10"), MINUTES,
            "court record"));
        risk.credit.setCreditStop(CREDIT, new SetCreditStop(customer, true, MINUTES));

        assertThat(risk.credit.account(CREDIT, customer).creditStops()).isNotEmpty();
    }

    @Test
    @DisplayName("DS-7.1.2 a line break in an owner, a response measure or a subject is refused, naming each")
    void givenLineBreaksInOneLineTexts_whenRiskEntered_thenRefusedNamingEachField() {
        Risk identified = risk.register.identify(QUALITY, new IdentifyRisk("QUALITY", "PRODUCT_LINE", "PL-FROZEN",
            "ice crystals", "sun.mei"));

        assertThatThrownBy(() -> risk.register.identify(QUALITY, new IdentifyRisk("QUALITY", "PRODUCT_LINE",
            "PL-\nFROZEN", "ice crystals", "sun.mei\n")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).contains("owner", "subject"));
        assertThatThrownBy(() -> risk.register.plan(QUALITY, new PlanRiskResponse(identified.id(),
            List.of("safety\nstock"), "", "sun.mei", LocalDate.parse("2026-04-15"))))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("responses[0]"));
    }

    @Test
    @DisplayName("DS-7.1.2 a line break in a guarantor's name or a violation's source is refused, naming the field")
    void givenLineBreakInNames_whenRecorded_thenRefusedNamingTheField() {
        CustomerId customer = risk.gradedCustomer("c-1", ScaleTier.MEDIUM);

        assertThatThrownBy(() -> risk.credit.recordGuarantee(FINANCE, new RecordGuarantee(customer, "BANK_GUARANTEE",
            amount("500000"), "中国银行\n上海分行", LocalDate.parse("2026-03-01"), LocalDate.parse("2027-02-28"))))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("guarantor"));
        assertThatThrownBy(() -> risk.credit.recordViolation(CREDIT, new RecordViolation(customer,
            LocalDate.parse("2026-01-10"), "fraud", "court\trecord")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("source"));
    }
}
