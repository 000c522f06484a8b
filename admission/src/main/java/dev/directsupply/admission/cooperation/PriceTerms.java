package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The price terms (DS-3.4 step 6): the price list in one currency, a discount off every list price, and the
 * tax rate, with whether the list prices include it.
 *
 * @param discountRate the share taken off each list price, from 0 to below 1
 * @param taxRate      the tax rate, e.g. 0.13 for 13% VAT
 */
public record PriceTerms(Currency currency, List<PriceLine> priceList, BigDecimal discountRate, BigDecimal taxRate,
                         boolean taxIncluded) {
    public PriceTerms {
        Require.nonNull(currency, "currency", discountRate, "discountRate", taxRate, "taxRate");
        priceList = List.copyOf(priceList);
    }

    /** The price agreed for the product in the unit: its list price less the discount, to the currency's cents. */
    public Optional<Money> agreedPrice(String product, String unit) {
        return priceList.stream().filter(line -> line.product().equals(product) && line.unit().equals(unit))
            .findFirst().map(line -> Money.of(line.listPrice().amount().multiply(BigDecimal.ONE.subtract(discountRate))
                .setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP), currency));
    }
}
