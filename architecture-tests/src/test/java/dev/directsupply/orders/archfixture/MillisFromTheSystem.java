package dev.directsupply.orders.archfixture;

/** Takes time from System.currentTimeMillis(). */
public final class MillisFromTheSystem {
    public long stamp() {
        return System.currentTimeMillis();
    }
}
