package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.validation.CrossFieldRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The price terms: the price list, a discount off every list price (from 0 to below 1), the tax rate and
 * whether the list prices include tax. The currency is the policy's.
 */
public record PriceDetails(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull PriceLineDetails> priceList,
                           @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false)
                           @Digits(integer = 1, fraction = 4) BigDecimal discountRate,
                           @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
                           BigDecimal taxRate,
                           boolean taxIncluded) implements CrossFieldRules {

    /** A product is priced once, in one unit: orders compare each line with that one price. */
    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; priceList != null && i < priceList.size(); i++) {
            PriceLineDetails line = priceList.get(i);
            if (line != null && line.product() != null
                && !seen.add(line.product().strip())) {
                problems.add(Violation.of("priceList[" + i + "]", "admission.constraint.price-listed-twice", "",
                    Map.of("product", line.product())));
            }
        }
        return problems;
    }

    PriceTerms toTerms(Currency currency) {
        return new PriceTerms(currency, priceList.stream().map(line -> line.toLine(currency)).toList(), discountRate,
            taxRate, taxIncluded);
    }
}
