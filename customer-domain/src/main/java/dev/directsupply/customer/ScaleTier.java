package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;
import java.util.Locale;

/** The purchase-scale classes of DS-2.2.1. */
public enum ScaleTier implements Messages.Localized {
    /** Annual purchases of X1 or more (大型直供客户). */
    LARGE("Large direct-supply customer", "大型直供客户"),
    /** Annual purchases from X2 up to X1 (中型直供客户). */
    MEDIUM("Medium direct-supply customer", "中型直供客户"),
    /** Annual purchases below X2 (小型直供客户). */
    SMALL("Small direct-supply customer", "小型直供客户");

    private final String english;
    private final String chinese;

    ScaleTier(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    @Override
    public String label(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }
}
