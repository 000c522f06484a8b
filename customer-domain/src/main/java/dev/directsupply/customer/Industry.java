package dev.directsupply.customer;

import dev.directsupply.kernel.Messages;

/** The industry classes of DS-2.2.2. */
public enum Industry implements Messages.Localized {
    /** Makes products (制造业客户). */
    MANUFACTURING,
    /** Catering, hotels, logistics and other services (服务业客户). */
    SERVICES,
    /** Every other industry (其他行业客户). */
    OTHER;

    @Override
    public String labelKey() {
        return "customer.industry." + name();
    }
}
