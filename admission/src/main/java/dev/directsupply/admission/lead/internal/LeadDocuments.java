package dev.directsupply.admission.lead.internal;

import dev.directsupply.admission.lead.Lead;
import dev.directsupply.kernel.codec.JsonDocuments;
import java.util.Map;

/** How leads are stored: found by owner, status, channel and whether they are open. */
public final class LeadDocuments {
    public static final JsonDocuments<Lead> LEADS = JsonDocuments.of(Lead.class, 1, lead -> lead.id().value(),
        lead -> Map.of("owner", lead.owner().value(), "status", lead.status().name(),
            "channel", lead.source().channel().name(), "open", Boolean.toString(lead.status().isOpen())));

    private LeadDocuments() {
    }
}
