package dev.directsupply.admission.application;

import dev.directsupply.customer.StrategicImportance;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The application form as a prospect fills it in (DS-3.4 step 1, DS-3.2.1): business information, the
 * product categories wanted, the expected annual purchase in the policy currency, the years of intended
 * cooperation, whether it buys directly (DS-2.1), its qualification documents (DS-3.3.1), the storage and
 * transport conditions it has (DS-3.3.3), the security offered (DS-3.3.2), and the strategic importance
 * sales expects ({@link StrategicImportance} code, DS-2.2.3).
 */
public record ApplicationDetails(
    @MultiLine @NotBlank @Size(max = 2000) String businessInformation,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> productCategories,
    @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal expectedAnnualPurchase,
    @InRange(min = 0, max = 50, rule = "DS-3.3.1") int intendedYears,
    @NotNull Boolean buysDirectly,
    @Size(max = 20) List<@Valid @NotNull DocumentDetails> documents,
    @Size(max = 20) List<@NotBlank @Size(max = 40) String> capabilities,
    @Valid @NotNull SecurityDetails security,
    @NotBlank @OneOf(value = StrategicImportance.class, rule = "DS-2.2.3") String expectedImportance) {

    public ApplicationDetails {
        documents = documents == null ? List.of() : documents;
        capabilities = capabilities == null ? List.of() : capabilities;
    }

    List<Violation> crossFieldViolations(String path) {
        return security == null ? List.of() : security.crossFieldViolations(path + ".security");
    }

    ApplicationForm toForm(Currency currency) {
        return new ApplicationForm(businessInformation.strip(), new PurchaseNeeds(
            productCategories.stream().map(String::strip).distinct().toList(),
            Money.of(expectedAnnualPurchase, currency), intendedYears, buysDirectly),
            documents.stream().map(DocumentDetails::toDocument).toList(),
            capabilities.stream().map(String::strip).distinct().toList(), security.toOffer(currency),
            StrategicImportance.valueOf(expectedImportance));
    }
}
