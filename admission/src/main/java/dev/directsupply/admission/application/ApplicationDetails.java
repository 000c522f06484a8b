package dev.directsupply.admission.application;

import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Currency;

/**
 * The application form as a prospect fills it in (DS-3.4 step 1, DS-3.2.1): business information, its
 * purchase needs and intent, its qualification documents and conditions, the security offered (DS-3.3.2),
 * and the strategic importance sales expects ({@link StrategicImportance} code, DS-2.2.3).
 */
public record ApplicationDetails(
    @MultiLine @NotBlank @Size(max = 2000) String businessInformation,
    @Valid @NotNull NeedsDetails needs,
    @Valid @NotNull QualificationDetails qualification,
    @Valid @NotNull SecurityDetails security,
    @NotBlank @OneOf(value = StrategicImportance.class, rule = "DS-2.2.3") String expectedImportance) {

    ApplicationForm toForm(Currency currency) {
        return new ApplicationForm(businessInformation.strip(), needs.toNeeds(currency),
            qualification.documents().stream().map(DocumentDetails::toDocument).toList(),
            qualification.capabilities().stream().map(String::strip).distinct().toList(), security.toOffer(currency),
            StrategicImportance.valueOf(expectedImportance));
    }
}
