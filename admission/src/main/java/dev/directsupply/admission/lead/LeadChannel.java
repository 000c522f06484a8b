package dev.directsupply.admission.lead;

import dev.directsupply.kernel.Messages;

/** The channels of DS-3.1.2 through which prospects are developed. */
public enum LeadChannel implements Messages.Localized {
    /** 行业展会. */
    TRADE_SHOW,
    /** 商务拜访. */
    BUSINESS_VISIT,
    /** 网络营销. */
    ONLINE_MARKETING,
    /** 客户推荐: names the referring customer. */
    REFERRAL;

    @Override
    public String labelKey() {
        return "admission.channel." + name();
    }
}
