package dev.directsupply.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.parameters.PolicyParameters;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/policy-parameters.md} lists every parameter of every module with its shipped default, read from
 * the code, and says what the policy says of it: fixed by the policy, the company's choice with the policy's
 * default, the company's choice alone (the policy leaves it open or is silent), or not a policy matter at all. A new parameter fails this test
 * until it is given its place here.
 */
class PolicyParametersDocTest {
    private static final String FIXED = "fixed by POLICY.md";
    private static final String POLICY = "the company's choice; POLICY.md gives this default";
    private static final String COMPANY = "the company's choice; POLICY.md leaves it open or does not mention it";
    private static final String OPERATIONS = "not a policy matter: how the SDK runs";

    /** What the policy says of each parameter, by section and key. */
    private static final Map<String, String> STANCES = Map.ofEntries(
        Map.entry("classification.currency", FIXED + " (it counts in 万元, CNY)"),
        Map.entry("classification.largeThreshold", POLICY + " (X1 = 500万元, DS-2.2.1)"),
        Map.entry("classification.mediumThreshold", POLICY + " (X2 = 100万元, DS-2.2.1)"),
        Map.entry("classification.purchaseWindowMonths", FIXED + " (the annual purchase amount, DS-2.2.1)"),
        Map.entry("classification.newCustomerMonths", COMPANY),
        Map.entry("classification.purchaseRetentionMonths", COMPANY),
        Map.entry("importance.contributionWeight", COMPANY + " (the policy names contribution among what makes a "
            + "customer IMPORTANT, DS-2.2.3)"),
        Map.entry("importance.tenureWeight", COMPANY + " (\"stable cooperation\", DS-2.2.3)"),
        Map.entry("importance.fitWeight", COMPANY + " (\"key to the company's development\", DS-2.2.3)"),
        Map.entry("importance.tierPoints", COMPANY),
        Map.entry("importance.tenureYears", COMPANY),
        Map.entry("importance.tenurePoints", COMPANY),
        Map.entry("importance.strategicIndustries", COMPANY),
        Map.entry("importance.importantFrom", COMPANY),
        Map.entry("importance.coreFrom", COMPANY),
        Map.entry("importance.reviewIntervalMonths", COMPANY),
        Map.entry("credit.factors", COMPANY + " (the policy asks for a credit evaluation system, DS-3.3.2)"),
        Map.entry("credit.gradeCutoffs", COMPANY + " (the grade scale itself is the policy's)"),
        Map.entry("credit.minimumGrade", POLICY + " (default A, DS-3.3.2)"),
        Map.entry("credit.regradeIntervalDays", COMPANY + " (the policy says grades are updated regularly, DS-6.2.1)"),
        Map.entry("credit.overdueTriggerDays", COMPANY),
        Map.entry("creditCheck.watchShare", COMPANY),
        Map.entry("creditCheck.overdueToleranceDays", COMPANY),
        Map.entry("creditCheck.orderMinimumGrade", COMPANY),
        Map.entry("creditCheck.newCustomerMonths", COMPANY),
        Map.entry("creditCheck.newCustomerPrepaymentRatio", COMPANY + " (the policy asks a new customer for a "
            + "guarantee or a prepayment, DS-3.3.2)"),
        Map.entry("creditLimits.currency", COMPANY),
        Map.entry("creditLimits.limits", COMPANY),
        Map.entry("mitigation.relaxOnUpgrade", COMPANY),
        Map.entry("mitigation.ungraded", COMPANY),
        Map.entry("mitigation.rows", COMPANY + " (the policy names the measures, DS-6.2.1)"),
        Map.entry("receivables.ageingBucketUpperBounds", COMPANY),
        Map.entry("receivables.dunningLevels", COMPANY),
        Map.entry("receivables.dsoPeriodDays", COMPANY),
        Map.entry("receivables.creditNoteApprovalAbove", COMPANY),
        Map.entry("riskRegister.mediumFrom", COMPANY),
        Map.entry("riskRegister.highFrom", COMPANY),
        Map.entry("riskRegister.criticalFrom", COMPANY),
        Map.entry("riskRegister.reviewIntervalDays", COMPANY),
        Map.entry("riskRegister.complaintRateThreshold", COMPANY),
        Map.entry("riskRegister.returnRateThreshold", COMPANY),
        Map.entry("riskRegister.lateDeliveryRateThreshold", COMPANY),
        Map.entry("riskRegister.untoldDelaysThreshold", COMPANY + " (the policy asks that delays be told in advance, "
            + "DS-4.1.4)"),
        Map.entry("riskRegister.nonConformanceRateThreshold", COMPANY + " (the policy watches quality, DS-6.1.3)"),
        Map.entry("delivery.bands", COMPANY + " (the policy names the delivery place among the factors, DS-4.2.1)"),
        Map.entry("delivery.rules", COMPANY + " (the policy asks for a reasonable choice of transport, DS-4.2.1)"),
        Map.entry("delivery.fallback", COMPANY),
        Map.entry("delivery.dailyCapacity", COMPANY + " (the policy allocates short capacity by priority, DS-4.2.1)"),
        Map.entry("admission.minimumIntendedYears", COMPANY + " (the policy asks for long-term intent, DS-3.3.1)"),
        Map.entry("admission.directSupplyMinimum", COMPANY + " (the policy's \"set scale\", DS-2.1)"),
        Map.entry("admission.inspectionFromImportance", COMPANY + " (the policy inspects important prospects, "
            + "DS-3.4 step 4)"),
        Map.entry("admission.inspectionFromTier", COMPANY),
        Map.entry("admission.expireAfterDays", COMPANY),
        Map.entry("admission.reapplyAfterRejectionDays", COMPANY + " (stricter than the policy, which is silent)"),
        Map.entry("admission.productRequirements", COMPANY + " (the policy gives storage and transport for special "
            + "products as an example, DS-3.3.3)"),
        Map.entry("admission.analysis", COMPANY + " (the policy names the three factors, DS-3.2.2)"),
        Map.entry("admission.agreements", COMPANY + " (the policy asks for agreements and a new customer's security, "
            + "DS-3.3.2, not when to renew them nor how long a customer is new)"),
        Map.entry("orders.currency", COMPANY),
        Map.entry("orders.priceTolerance", COMPANY),
        Map.entry("orders.defaultTransportDays", COMPANY),
        Map.entry("orders.slackWarningShare", COMPANY),
        Map.entry("orders.feedbackIntervalDays", COMPANY),
        Map.entry("orders.delayNoticeHours", COMPANY),
        Map.entry("relay.handlerTimeoutSeconds", OPERATIONS),
        Map.entry("relay.firstBackoffSeconds", OPERATIONS),
        Map.entry("relay.longestBackoffSeconds", OPERATIONS),
        Map.entry("relay.retentionDays", OPERATIONS),
        Map.entry("input.earliestBusinessDate", OPERATIONS),
        Map.entry("input.latestBusinessDate", OPERATIONS));

    @Test
    @DisplayName("docs/policy-parameters.md lists every parameter with its default and the policy's stance "
        + "(-Ddocs.update=true)")
    void givenSections_whenListed_thenDocsMatch() throws IOException {
        String document = document();
        Path doc = Path.of("..", "docs", "policy-parameters.md");
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(doc, document, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(doc, StandardCharsets.UTF_8)).isEqualTo(document);
    }

    @Test
    @DisplayName("every parameter has its place: what the policy says of it is written down, and nothing else is")
    void givenSections_whenKeysListed_thenEachHasAStance() {
        List<String> keys = new ArrayList<>();
        for (ParameterSection<?> section : DirectSupply.policySections()) {
            for (RecordComponent component : section.type().getRecordComponents()) {
                keys.add(section.key() + "." + component.getName());
            }
        }
        assertThat(keys).as("parameters without a stance").allSatisfy(key -> assertThat(STANCES).containsKey(key));
        assertThat(STANCES.keySet()).as("stances of parameters that are gone").allSatisfy(key ->
            assertThat(keys).contains(key));
    }

    private static String document() {
        PolicyParameters defaults = DirectSupply.defaultPolicy();
        StringBuilder out = new StringBuilder()
            .append("# Policy parameters\n\n")
            .append("Generated from the code by `PolicyParametersDocTest`; do not edit by hand.\n\n")
            .append("Every value the SDK reads from the policy file, by section and key, with the default it ships and\n")
            .append("what POLICY.md says of it. A host changes any of them in its policy file (JSON or YAML, one section\n")
            .append("per heading below); a key left out keeps its default, and a bad file is refused whole, naming every\n")
            .append("bad key. Where the policy fixes a value or gives a default the SDK ships it; where the policy leaves a\n")
            .append("value open or says nothing, the default is the company's choice and the policy is no authority for it.\n");
        for (ParameterSection<?> section : DirectSupply.policySections()) {
            Object value = defaults.section(section.type());
            out.append("\n## `").append(section.key()).append("` (`").append(section.type().getSimpleName())
                .append("`)\n\n| Key | Default | What the policy says |\n|---|---|---|\n");
            for (RecordComponent component : section.type().getRecordComponents()) {
                String key = section.key() + "." + component.getName();
                out.append("| `").append(component.getName()).append("` | ").append(shown(value, component))
                    .append(" | ").append(STANCES.getOrDefault(key, "**not classified**")).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String shown(Object section, RecordComponent component) {
        try {
            String json = Json.canonical(Json.write(component.getAccessor().invoke(section)));
            String text = json.length() > 90 ? json.substring(0, 87) + "…" : json;
            return "`" + text.replace("|", "\\|").replace("`", "'") + "`";
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
