package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;
import java.util.Locale;

/** The industry classes of DS-2.2.2. */
public enum Industry implements Messages.Localized {
    /** Makes products (制造业客户). */
    MANUFACTURING("Manufacturing", "制造业客户"),
    /** Catering, hotels, logistics and other services (服务业客户). */
    SERVICES("Services", "服务业客户"),
    /** Every other industry (其他行业客户). */
    OTHER("Other industries", "其他行业客户");

    private final String english;
    private final String chinese;

    Industry(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    @Override
    public String label(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }
}
