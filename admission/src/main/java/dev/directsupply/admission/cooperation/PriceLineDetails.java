package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.validation.IdentifierShape;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Currency;

/** A product's list price per unit, in the policy currency. */
public record PriceLineDetails(@NotBlank @IdentifierShape String product, @NotBlank @Size(max = 16) String unit,
                               @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal listPrice) {

    PriceLine toLine(Currency currency) {
        return new PriceLine(product.strip(), unit.strip(), Money.of(listPrice, currency));
    }
}
