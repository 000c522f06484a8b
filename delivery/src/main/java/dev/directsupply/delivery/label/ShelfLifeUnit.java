package dev.directsupply.delivery.label;

import dev.directsupply.kernel.Messages;

/** What a shelf life is counted in. */
public enum ShelfLifeUnit implements Messages.Localized {
    DAYS, MONTHS;

    @Override
    public String labelKey() {
        return "delivery.shelf-life-unit." + name();
    }
}
