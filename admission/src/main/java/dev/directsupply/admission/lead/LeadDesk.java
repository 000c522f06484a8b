package dev.directsupply.admission.lead;

import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.Application;
import dev.directsupply.admission.application.ApplicationDetails;
import dev.directsupply.admission.application.ApplyForAdmission;
import dev.directsupply.admission.application.NeedsDetails;
import dev.directsupply.admission.lead.internal.LeadDocuments;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.store.Versioned;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Leads as a service (DS-3.1.2): sales records a prospect found at a trade show, on a visit, online or by a
 * customer's referral, works it with follow-ups until it is qualified or disqualified, and converts a
 * qualified lead into a registered prospect and its admission application in one write. Overdue follow-ups
 * are listed. Leads keep to the record scope of DS-7.2.2: a converted lead is its customer's record; one not yet
 * converted names no customer, so a person who reaches only their own customers reaches only the leads they
 * own, and a manager whose scope is the department or all reaches every lead.
 */
public final class LeadDesk {
    /** The collection leads are stored in. */
    public static final String LEADS = "admission-leads";

    private final Pipeline pipeline;
    private final Aggregates<Lead> leads;
    private final CustomerDesk customers;
    private final AdmissionDesk admission;
    private final Currency currency;
    private final Actor system;
    private final Clock clock;

    public LeadDesk(Pipeline pipeline, CustomerDesk customers, AdmissionDesk admission, Currency currency) {
        this.pipeline = pipeline;
        // DS-7.2.2: a converted lead is its customer's record, in the scope of those who reach the customer;
        // before a customer exists, it is its owner's.
        this.leads = pipeline.aggregates(LEADS, LeadDocuments.LEADS).scopedBy(lead ->
            lead.history().conversion() == null ? null : lead.history().conversion().customer().value(), Lead::owner);
        this.customers = customers;
        this.admission = admission;
        this.currency = currency;
        this.system = pipeline.systemActor("leads");
        this.clock = pipeline.clock();
    }

    /** Records a lead; a referral's customer must exist. */
    public Lead record(Actor actor, RecordLead command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            if (command.referredBy() != null) {
                customers.get(system, command.referredBy());
            }
            return work.create(leads, Lead.record(LeadId.random(), command.prospect().toProspect(currency),
                new LeadSource(LeadChannel.valueOf(command.channel()), command.referredBy()),
                ActorId.of(command.owner()), command.followUpOn(), actor, clock));
        });
    }

    /** Contacts, qualifies or disqualifies a lead, or plans its next follow-up. */
    public Lead work(Actor actor, WorkLead command) {
        return pipeline.acceptToWrite(actor, command).write(work -> work.change(leads, command.leadId(), lead -> {
            String note = command.note().strip();
            return switch (LeadAction.valueOf(command.action())) {
                case CONTACT -> lead.contact(note, command.nextFollowUpOn(), actor, clock);
                case QUALIFY -> lead.qualify(note, command.nextFollowUpOn(), actor, clock);
                case DISQUALIFY -> lead.disqualify(note, actor, clock);
                case PLAN_FOLLOW_UP -> lead.planFollowUp(command.nextFollowUpOn(), note, actor, clock);
                case CONVERT -> throw new IllegalStateException("refused by the command's own rule");
            };
        }));
    }

    /**
     * Converts a qualified lead (DS-3.4 step 1): registers its prospect and applies for its admission with
     * what the lead holds and what the command adds, in one write with the lead's conversion.
     */
    public Lead convert(Actor actor, ConvertLead command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<Lead> current = work.get(leads, command.leadId());
            Lead lead = current.aggregate();
            // Asked before anything is registered: only a qualified lead converts.
            LeadLifecycle.TABLE.require(lead.status(), LeadAction.CONVERT);
            Prospect prospect = lead.prospect();
            Customer registered = customers.register(actor, new RegisterCustomer(prospect.companyName(),
                command.creditCode(), prospect.industry(), prospect.subIndustry(),
                prospect.expectedAnnualPurchase().amount(), List.of(), List.of()));
            Application application = admission.apply(actor, new ApplyForAdmission(registered.id(),
                new ApplicationDetails(command.businessInformation(), new NeedsDetails(prospect.productInterests(),
                    prospect.expectedAnnualPurchase().amount(), command.intendedYears(), command.buysDirectly(),
                    command.growthOutlook()),
                    command.qualification(), command.security(), command.expectedImportance())));
            return work.save(leads, current, lead.convert(new Conversion(registered.id(), application.id()), actor,
                clock)).aggregate();
        });
    }

    /** The lead. */
    public Lead lead(Actor actor, LeadId id) {
        return leads.get(actor, LeadPermissions.VIEW_LEADS, id);
    }

    /** Open leads whose follow-up day has passed, the longest overdue first. */
    public List<Lead> overdueFollowUps(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return leads.findBy(actor, LeadPermissions.VIEW_LEADS, "open", "true").stream()
            .filter(lead -> lead.isFollowUpOverdue(today)).sorted(Comparator.comparing(Lead::followUpOn)).toList();
    }

    /** The leads a person owns, the newest first. */
    public List<Lead> ownedBy(Actor actor, ActorId owner) {
        return leads.findBy(actor, LeadPermissions.VIEW_LEADS, "owner", owner).stream()
            .sorted(Comparator.comparing(Lead::recordedAt).reversed()).toList();
    }

    /** Every lead recorded, for reports such as progress against development targets. */
    public List<Lead> all(Actor actor) {
        List<Lead> all = new java.util.ArrayList<>(leads.findBy(actor, LeadPermissions.VIEW_LEADS, "open", "true"));
        all.addAll(leads.findBy(actor, LeadPermissions.VIEW_LEADS, "open", "false"));
        return all;
    }
}
