package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;
import java.util.Locale;

/** Where a customer's cooperation stands; see {@link CustomerLifecycle} for the moves between. */
public enum CustomerStatus implements Messages.Localized {
    /** Cooperating: orders are taken. */
    ACTIVE("Active", "合作中"),
    /** Cooperation paused, e.g. during a dispute or a credit stop; may be reinstated. */
    SUSPENDED("Suspended", "暂停合作"),
    /** Cooperation ended; the record is kept (DS-7.1.1 cooperation history). */
    TERMINATED("Terminated", "终止合作");

    private final String english;
    private final String chinese;

    CustomerStatus(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    @Override
    public String label(Locale locale) {
        return locale.getLanguage().equals("zh") ? chinese : english;
    }
}
