package dev.directsupply.kernel.codec;

import java.math.BigDecimal;

/** Money as stored: the amount and the ISO 4217 currency code. */
public record MoneySnapshot(BigDecimal amount, String currency) {
}
