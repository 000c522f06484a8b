package dev.directsupply.persistence.internal;

import dev.directsupply.kernel.Money;

/** The SPI reaching into the kernel, which it must not know. */
public final class SpiUsingMoney {
    public boolean positive(Money money) {
        return money.isPositive();
    }
}
