package dev.directsupply.orders.order;

import java.util.Optional;

/** Port: the products a customer can order. {@code orders.reference.InMemoryProductCatalogue} is a default. */
@FunctionalInterface
public interface ProductCatalogue {
    /** The product, or empty when the code is unknown. */
    Optional<Product> find(ProductCode code);
}
