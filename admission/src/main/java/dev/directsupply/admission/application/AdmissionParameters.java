package dev.directsupply.admission.application;

import dev.directsupply.admission.cooperation.AgreementParameters;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.parameters.ParameterSection;
import dev.directsupply.kernel.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The policy parameters of admission (DS-2.1, DS-3.3, DS-3.4), the {@code admission} section. The policy
 * fixes the steps, their order, who takes them, the criteria and the minimum credit grade (which lives in
 * the {@code credit} section, {@code minimumGrade}, default A); it leaves every value here open, so each is
 * the company's choice.
 *
 * @param minimumIntendedYears      the fewest years of intended cooperation that count as long term (DS-3.3.1)
 * @param directSupplyMinimum       the annual purchase, in the classification currency, from which a customer
 *                                  reaches "a set scale" without strategic importance (DS-2.1)
 * @param inspectionFromImportance  a prospect expected at this strategic importance or above is inspected on
 *                                  site (DS-3.4 step 4: "for important prospects")
 * @param inspectionFromTier        a prospect whose annual purchase puts it in this tier or above is inspected
 * @param expireAfterDays           an open application nobody acts on for this many days expires
 * @param reapplyAfterRejectionDays a rejected prospect applies again this many days after the rejection at the
 *                                  earliest (0: at once); stricter than the policy, which is silent, so that a
 *                                  rejection is not undone by applying again the next morning
 * @param productRequirements       the conditions each product category requires of a customer (DS-3.3.3),
 *                                  e.g. {@code COLD_CHAIN → [COLD_CHAIN_STORAGE]}; a condition that names a
 *                                  {@link DocumentKind} asks for that document in force
 * @param analysis                  how a prospect is analysed and its importance proposed (DS-3.2.2, DS-2.2.3)
 * @param agreements                when cooperation agreements are listed for renewal
 */
public record AdmissionParameters(
    @InRange(min = 0, max = 50, rule = "DS-3.3.1") int minimumIntendedYears,
    @NotNull @PositiveOrZero @DecimalMax(value = "1e15", inclusive = false) BigDecimal directSupplyMinimum,
    @NotNull StrategicImportance inspectionFromImportance,
    @NotNull ScaleTier inspectionFromTier,
    @InRange(min = 1, max = 3660, rule = "DS-3.4") int expireAfterDays,
    @InRange(min = 0, max = 3660, rule = "DS-3.4") int reapplyAfterRejectionDays,
    @NotNull Map<@NotBlank String, @NotNull List<@NotBlank String>> productRequirements,
    @Valid @NotNull ProspectAnalysisParameters analysis,
    @Valid @NotNull AgreementParameters agreements) {

    /** The section of a policy file, with its shipped defaults. */
    public static final ParameterSection<AdmissionParameters> SECTION = ParameterSection.of("admission",
        AdmissionParameters.class, "/dev/directsupply/admission/policy-defaults.json");

    public AdmissionParameters {
        productRequirements = productRequirements == null ? null : Map.copyOf(productRequirements);
    }

    /** The conditions a product category requires; none for a category the parameters do not name. */
    public List<String> requirementsOf(String category) {
        return productRequirements.getOrDefault(category, List.of());
    }
}
