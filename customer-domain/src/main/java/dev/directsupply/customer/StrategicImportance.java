package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;
import java.util.Locale;

/** The strategic-importance classes of DS-2.2.3, set by an authorised actor with a reason. */
public enum StrategicImportance implements Messages.Localized {
    /** Key to the company's development; close, long-term strategic value (核心直供客户). */
    CORE("Core direct-supply customer", "核心直供客户"),
    /** Large contribution, stable cooperation (重要直供客户). */
    IMPORTANT("Important direct-supply customer", "重要直供客户"),
    /** Smaller volume, looser cooperation (一般直供客户); every new customer starts here. */
    GENERAL("General direct-supply customer", "一般直供客户");

    private final String english;
    private final String chinese;

    StrategicImportance(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    @Override
    public String label(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }
}
