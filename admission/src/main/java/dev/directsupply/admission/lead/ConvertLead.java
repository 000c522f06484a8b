package dev.directsupply.admission.lead;

import dev.directsupply.admission.application.GrowthOutlook;
import dev.directsupply.admission.application.QualificationDetails;
import dev.directsupply.admission.application.SecurityDetails;
import dev.directsupply.customer.CreditCode;
import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Convert a qualified lead into a registered prospect and its admission application (DS-3.4 step 1), in one
 * write and without retyping: the company, its industry, the products it wants and its expected annual
 * purchase come from the lead; the command brings what the lead does not hold — the unified social credit
 * code, the business information, the years of intended cooperation, whether it buys directly, how its
 * business is expected to grow, the
 * qualification documents, the conditions it has, the security it offers and the importance sales expects.
 */
public record ConvertLead(
    @NotNull LeadId leadId,
    @NotBlank @CreditCode String creditCode,
    @MultiLine @NotBlank @Size(max = 2000) String businessInformation,
    @InRange(min = 0, max = 50, rule = "DS-3.3.1") int intendedYears,
    @NotNull Boolean buysDirectly,
    @NotBlank @OneOf(value = GrowthOutlook.class, rule = "DS-3.2.2") String growthOutlook,
    @Valid @NotNull QualificationDetails qualification,
    @Valid @NotNull SecurityDetails security,
    @NotBlank @OneOf(value = StrategicImportance.class, rule = "DS-2.2.3") String expectedImportance)
    implements Command {

    @Override
    public Permission permission() {
        return LeadPermissions.MANAGE_LEADS;
    }
}
