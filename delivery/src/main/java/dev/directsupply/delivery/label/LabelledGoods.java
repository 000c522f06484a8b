package dev.directsupply.delivery.label;

import dev.directsupply.kernel.Require;

/** What a label names: the product's code and name, its specification and the unit it is counted in. */
public record LabelledGoods(String product, String name, String specification, String unit) {
    public LabelledGoods {
        Require.nonNull(product, "product", name, "name", specification, "specification", unit, "unit");
    }
}
