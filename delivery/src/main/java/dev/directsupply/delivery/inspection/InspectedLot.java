package dev.directsupply.delivery.inspection;

import dev.directsupply.kernel.Require;

/** The lot an inspection is of: a product's code and the lot's code. */
public record InspectedLot(String product, String lot) {
    public InspectedLot {
        Require.nonNull(product, "product", lot, "lot");
    }

    /** The key inspections are looked up by: {@code product/lot}. */
    public String key() {
        return product + "/" + lot;
    }

    @Override
    public String toString() {
        return key();
    }
}
