package dev.directsupply.admission.lead;

import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import java.util.List;

/**
 * What sales learned of a prospect (DS-3.2.1): the company, its industry (an {@code Industry} code and
 * optionally a {@code SubIndustry} code), its region, the product categories it is interested in and the
 * annual purchase it expects, and whom to talk to.
 */
public record Prospect(String companyName, String industry, String subIndustry, String region,
                       List<String> productInterests, Money expectedAnnualPurchase, String contact) {
    public Prospect {
        Require.nonNull(companyName, "companyName", industry, "industry", region, "region", productInterests,
            "productInterests", expectedAnnualPurchase, "expectedAnnualPurchase", contact, "contact");
        productInterests = List.copyOf(productInterests);
    }
}
