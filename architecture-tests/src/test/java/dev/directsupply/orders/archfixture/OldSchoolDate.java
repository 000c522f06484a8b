package dev.directsupply.orders.archfixture;

import java.util.Date;

/** Takes time from new Date(). */
public final class OldSchoolDate {
    public Date stamp() {
        return new Date();
    }
}
