package dev.directsupply.admission.lead;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Require;
import java.time.Instant;

/** One step of a lead, with who took it, when and their note; the first, from no state, records it. */
public record LeadStep(LeadStatus from, LeadStatus to, LeadAction action, ActorId by, Instant at, String note) {
    public LeadStep {
        Require.nonNull(to, "to", by, "by", at, "at", note, "note");
    }
}
