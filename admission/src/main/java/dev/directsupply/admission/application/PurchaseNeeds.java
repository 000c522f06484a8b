package dev.directsupply.admission.application;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.util.List;

/**
 * What the prospect wants to buy and for how long (DS-3.2.1 purchase needs and cooperation intent).
 *
 * @param productCategories        the product categories it wants, as the company names them
 * @param expectedAnnualPurchase   the annual purchase it declares; only the credit evaluation's confirmed
 *                                 figure sets a scale tier (DS-2.2.1)
 * @param intendedYears            for how many years it intends to cooperate
 * @param buysDirectly             whether it buys from the company directly, not through a distributor (DS-2.1)
 * @param growthOutlook            how its business is expected to grow (DS-3.2.2 growth potential)
 */
public record PurchaseNeeds(List<String> productCategories, Money expectedAnnualPurchase, int intendedYears,
                            boolean buysDirectly, GrowthOutlook growthOutlook) {
    public PurchaseNeeds {
        Require.nonNull(productCategories, "productCategories", expectedAnnualPurchase, "expectedAnnualPurchase",
            growthOutlook, "growthOutlook");
        productCategories = List.copyOf(productCategories);
    }
}
