package dev.directsupply.sdk;

import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.QUALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.InvalidPolicyParameters;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.agreement.RecordConfidentialityAgreement;
import dev.directsupply.kernel.validation.BusinessDates;
import dev.directsupply.risk.register.IdentifyRisk;
import dev.directsupply.risk.register.PlanRiskResponse;
import dev.directsupply.risk.register.Risk;
import dev.directsupply.testing.Staff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DS-7.1.2: the dates a command may carry are a policy parameter, the {@code input} section, the
 * company's 1900-01-01 to 2200-12-31 unless the host's policy file narrows or widens them.
 */
class BusinessDatesPolicyTest {
    private static final String NARROW = """
        {"input": {"earliestBusinessDate": "2000-01-01", "latestBusinessDate": "2100-12-31"}}""";

    @TempDir
    Path dir;

    private DirectSupply sdkWith(String policy) throws IOException {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, policy);
        DirectSupply sdk = DirectSupply.builder().clock(ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE))
            .policyFile(file).build();
        Staff.putOnRecord(sdk.agreements());
        return sdk;
    }

    private static Risk aRisk(DirectSupply sdk) {
        return sdk.riskRegister().identify(QUALITY, new IdentifyRisk("SUPPLY", "PRODUCT_LINE", "PL-FROZEN",
            "single flour mill", "sun.mei"));
    }

    private static PlanRiskResponse reviewedOn(Risk risk, String day) {
        return new PlanRiskResponse(risk.id(), List.of("safety stock"), "second mill", "sun.mei", LocalDate.parse(day));
    }

    @Test
    @DisplayName("DS-7.1.2 a policy file narrowing the business dates refuses a later date, naming the field")
    void givenNarrowedRange_whenCommandCarriesLaterDate_thenInvalidCommand() throws IOException {
        DirectSupply sdk = sdkWith(NARROW);
        Risk risk = aRisk(sdk);

        assertThatThrownBy(() -> sdk.riskRegister().plan(QUALITY, reviewedOn(risk, "2150-01-01")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("nextReviewOn"));
        assertThat(sdk.riskRegister().plan(QUALITY, reviewedOn(risk, "2100-12-31")).reviewOn())
            .isEqualTo(LocalDate.parse("2100-12-31"));
    }

    @Test
    @DisplayName("DS-7.1.2 a policy file narrowing the business dates refuses an earlier date, naming the field")
    void givenNarrowedRange_whenCommandCarriesEarlierDate_thenInvalidCommand() throws IOException {
        DirectSupply sdk = sdkWith(NARROW);

        assertThatThrownBy(() -> sdk.agreements().record(MANAGEMENT, new RecordConfidentialityAgreement("new.hire",
            "NDA-new.hire", LocalDate.parse("1999-12-31"), null)))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("signedOn"));
    }

    @Test
    @DisplayName("the defaults are the company's choice, 1900-01-01 to 2200-12-31, and allow what the narrow range refuses")
    void givenDefaultPolicy_whenBuilt_thenCompanysRange() throws IOException {
        DirectSupply sdk = sdkWith("{}");

        assertThat(sdk.policy().section(InputParameters.class).businessDates()).isEqualTo(BusinessDates.DEFAULT);
        assertThat(InputParameters.defaults().businessDates()).isEqualTo(BusinessDates.DEFAULT);
        assertThat(sdk.riskRegister().plan(QUALITY, reviewedOn(aRisk(sdk), "2150-01-01")).reviewOn())
            .isEqualTo(LocalDate.parse("2150-01-01"));
    }

    @Test
    @DisplayName("DS-7.1.2 a range that does not run forward is refused with the file, naming the latest date in both languages")
    void givenLatestNotAfterEarliest_whenPolicyRead_thenRefused() {
        assertThatThrownBy(() -> sdkWith("""
            {"input": {"earliestBusinessDate": "2100-01-01", "latestBusinessDate": "2100-01-01"}}"""))
            .isInstanceOfSatisfying(InvalidPolicyParameters.class, e -> {
                assertThat(e.keys()).containsExactly("input.latestBusinessDate");
                assertThat(e.violations().get(0).english()).contains("must come after").contains("2100-01-01");
                assertThat(e.violations().get(0).chinese()).contains("须晚于");
            });
    }
}
