package dev.directsupply.admission.development;

import dev.directsupply.admission.lead.LeadChannel;
import dev.directsupply.customer.Industry;
import dev.directsupply.customer.ScaleTier;

/**
 * Whom a target is about (DS-3.1.1): a region, an industry, a scale tier and a channel, each {@code null}
 * for any.
 */
public record Segment(String region, Industry industry, ScaleTier tier, LeadChannel channel) {
    /** Every prospect. */
    public static final Segment ANY = new Segment(null, null, null, null);

    /** Whether a prospect of these traits is in the segment; a trait not known does not match a named one. */
    public boolean matches(String region, Industry industry, ScaleTier tier, LeadChannel channel) {
        return (this.region == null || this.region.equals(region))
            && (this.industry == null || this.industry == industry)
            && (this.tier == null || this.tier == tier)
            && (this.channel == null || this.channel == channel);
    }
}
