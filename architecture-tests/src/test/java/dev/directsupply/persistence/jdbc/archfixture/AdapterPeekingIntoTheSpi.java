package dev.directsupply.persistence.jdbc.archfixture;

import dev.directsupply.persistence.internal.SpiUsingMoney;

/** An adapter (another module) using the SPI module's internal package. */
public final class AdapterPeekingIntoTheSpi {
    public Object peek() {
        return new SpiUsingMoney();
    }
}
