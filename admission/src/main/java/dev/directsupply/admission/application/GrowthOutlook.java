package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;

/** How a prospect's business is expected to grow, as sales judges it from what it collected (DS-3.2.2). */
public enum GrowthOutlook implements Messages.Localized {
    DECLINING,
    STABLE,
    GROWING,
    FAST_GROWING;

    @Override
    public String labelKey() {
        return "admission.growth." + name();
    }
}
