package dev.directsupply.risk.archfixture;

/** Stands for a risk-module type another domain module must not use directly. */
public final class CreditStanding {
    public boolean good() {
        return true;
    }
}
