package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.validation.MultiLine;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Currency;
import java.util.List;

/**
 * The contents of a cooperation agreement (DS-3.4 step 6): the parties, the {@link CooperationMode} code,
 * the rights and obligations clause by clause, and the price, payment and delivery terms.
 */
public record TermsDetails(@Valid @NotNull PartiesDetails parties,
                           @NotBlank @OneOf(value = CooperationMode.class, rule = "DS-3.4") String mode,
                           @MultiLine @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 1000) String> rights,
                           @MultiLine @NotNull @Size(min = 1, max = 50)
                           List<@NotBlank @Size(max = 1000) String> obligations,
                           @Valid @NotNull PriceDetails prices,
                           @Valid @NotNull PaymentDetails payment,
                           @Valid @NotNull DeliveryDetails delivery) {

    AgreementTerms toTerms(Currency currency) {
        return new AgreementTerms(parties.toParties(), CooperationMode.valueOf(mode.strip()),
            new Clauses(rights.stream().map(String::strip).toList(), obligations.stream().map(String::strip).toList()),
            prices.toTerms(currency), payment.toTerms(currency), delivery.toTerms());
    }
}
