package dev.directsupply.admission.application;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.validation.InRange;
import dev.directsupply.kernel.validation.OneOf;
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
 * Purchase needs and intent as an application gives them (DS-3.2.1): the product categories wanted, the
 * expected annual purchase in the policy currency, the years of intended cooperation (DS-3.3.1), and whether
 * the prospect buys from the company directly (DS-2.1), and how its business is expected to grow
 * ({@link GrowthOutlook} code, DS-3.2.2).
 */
public record NeedsDetails(
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> productCategories,
    @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal expectedAnnualPurchase,
    @InRange(min = 0, max = 50, rule = "DS-3.3.1") int intendedYears,
    @NotNull Boolean buysDirectly,
    @NotBlank @OneOf(value = GrowthOutlook.class, rule = "DS-3.2.2") String growthOutlook) {

    PurchaseNeeds toNeeds(Currency currency) {
        return new PurchaseNeeds(productCategories.stream().map(String::strip).distinct().toList(),
            Money.of(expectedAnnualPurchase, currency), intendedYears, buysDirectly,
            GrowthOutlook.valueOf(growthOutlook));
    }
}
