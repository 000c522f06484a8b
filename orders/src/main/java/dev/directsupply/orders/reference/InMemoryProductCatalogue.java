package dev.directsupply.orders.reference;

import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.order.ProductCatalogue;
import dev.directsupply.orders.order.ProductCode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A product catalogue held in memory, for examples, tests and hosts without one of their own. Thread-safe. */
public final class InMemoryProductCatalogue implements ProductCatalogue {
    private final Map<ProductCode, Product> products = new ConcurrentHashMap<>();

    /** Adds the product, or replaces the one with its code. */
    public InMemoryProductCatalogue add(Product product) {
        products.put(Objects.requireNonNull(product, "product").code(), product);
        return this;
    }

    @Override
    public Optional<Product> find(ProductCode code) {
        return Optional.ofNullable(products.get(code));
    }
}
