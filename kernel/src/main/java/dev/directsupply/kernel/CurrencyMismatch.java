package dev.directsupply.kernel;

import java.util.Currency;
import java.util.Map;

/** Two amounts in different currencies were added, subtracted or compared. */
public final class CurrencyMismatch extends DirectSupplyException {
    private static final long serialVersionUID = 1L;

    public CurrencyMismatch(Currency left, Currency right) {
        super("currency-mismatch", "", "kernel.error.currency-mismatch",
            Map.of("left", left.getCurrencyCode(), "right", right.getCurrencyCode()));
    }
}
