package dev.directsupply.orders.order;

import java.util.Objects;
import java.util.Set;

/**
 * A product as the catalogue knows it.
 *
 * @param specifications the variants it comes in; empty when it has none
 * @param units          the units it is sold in, e.g. {@code kg}, {@code case}
 * @param leadTimeDays   how long producing it takes, from start to packed
 * @param shelfLifeDays  its shelf life (保质期), checked against the agreement's minimum (DS-4.2.2)
 * @param active         false once discontinued
 */
public record Product(ProductCode code, String name, Set<String> specifications, Set<String> units,
                      int leadTimeDays, int shelfLifeDays, boolean active) {
    public Product {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        specifications = Set.copyOf(specifications);
        units = Set.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException(code + ": a product is sold in at least one unit");
        }
        if (leadTimeDays < 0 || shelfLifeDays < 0) {
            throw new IllegalArgumentException(code + ": lead time and shelf life are zero or more days");
        }
    }
}
