package dev.directsupply.admission.lead;

import dev.directsupply.customer.CustomerId;
import java.util.Objects;

/**
 * How the lead came (DS-3.1.2).
 *
 * @param referredBy the referring customer, for a {@link LeadChannel#REFERRAL}; {@code null} otherwise
 */
public record LeadSource(LeadChannel channel, CustomerId referredBy) {
    public LeadSource {
        Objects.requireNonNull(channel, "channel");
        if ((channel == LeadChannel.REFERRAL) != (referredBy != null)) {
            throw new IllegalArgumentException("a referral, and only a referral, names the referring customer");
        }
    }
}
