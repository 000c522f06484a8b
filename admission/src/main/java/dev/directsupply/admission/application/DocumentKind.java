package dev.directsupply.admission.application;

import dev.directsupply.kernel.Messages;

/** The qualification documents an application may carry (DS-3.3.1 lawful business qualification, DS-3.3.3). */
public enum DocumentKind implements Messages.Localized {
    /** The business licence (营业执照): without one in force there is no lawful qualification. */
    BUSINESS_LICENCE,
    FOOD_OPERATION_LICENCE,
    PRODUCTION_LICENCE,
    HAZARDOUS_GOODS_LICENCE,
    COLD_CHAIN_CERTIFICATE,
    OTHER;

    @Override
    public String labelKey() {
        return "admission.document." + name();
    }
}
