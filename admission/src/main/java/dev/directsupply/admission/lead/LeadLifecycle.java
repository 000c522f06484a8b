package dev.directsupply.admission.lead;

import static dev.directsupply.admission.lead.LeadAction.CONTACT;
import static dev.directsupply.admission.lead.LeadAction.CONVERT;
import static dev.directsupply.admission.lead.LeadAction.DISQUALIFY;
import static dev.directsupply.admission.lead.LeadAction.PLAN_FOLLOW_UP;
import static dev.directsupply.admission.lead.LeadAction.QUALIFY;
import static dev.directsupply.admission.lead.LeadStatus.APPLIED;
import static dev.directsupply.admission.lead.LeadStatus.CONTACTED;
import static dev.directsupply.admission.lead.LeadStatus.DISQUALIFIED;
import static dev.directsupply.admission.lead.LeadStatus.NEW;
import static dev.directsupply.admission.lead.LeadStatus.QUALIFIED;

import dev.directsupply.kernel.statemachine.TransitionTable;

/**
 * A lead's lifecycle (DS-3.1.2): NEW → CONTACTED → QUALIFIED → APPLIED, or DISQUALIFIED with a reason
 * from any open state; a follow-up may be planned while it is open. Diagram:
 * {@code docs/state-diagrams/lead-lifecycle.md}.
 */
public final class LeadLifecycle {
    public static final TransitionTable<LeadStatus, LeadAction, Lead> TABLE = TransitionTable
        .builder("admission.lead-lifecycle", LeadStatus.class, LeadAction.class, Lead.class)
        .initial(NEW)
        .from(NEW).on(CONTACT).to(CONTACTED)
        .from(CONTACTED).on(QUALIFY).to(QUALIFIED)
        .from(QUALIFIED).on(CONVERT).to(APPLIED)
        .from(NEW, CONTACTED, QUALIFIED).on(DISQUALIFY).to(DISQUALIFIED)
        .from(NEW, CONTACTED, QUALIFIED).on(PLAN_FOLLOW_UP).stays()
        .build();

    private LeadLifecycle() {
    }
}
