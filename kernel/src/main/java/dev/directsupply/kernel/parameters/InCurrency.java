package dev.directsupply.kernel.parameters;

import java.util.Currency;

/**
 * A section of parameters that counts money in one currency. Every such section of a policy must
 * name the same one: a credit limit in CNY cannot judge an order priced in USD.
 */
public interface InCurrency {
    Currency currency();
}
