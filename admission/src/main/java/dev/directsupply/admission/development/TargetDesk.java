package dev.directsupply.admission.development;

import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.Application;
import dev.directsupply.admission.application.ApplicationAction;
import dev.directsupply.admission.application.ApplicationStep;
import dev.directsupply.admission.lead.Lead;
import dev.directsupply.admission.lead.LeadChannel;
import dev.directsupply.admission.lead.LeadDesk;
import dev.directsupply.admission.lead.LeadStatus;
import dev.directsupply.admission.development.internal.TargetDocuments;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.Industry;
import dev.directsupply.customer.ScalePolicy;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Development targets as a service (DS-3.1.1): sales management sets a target per stage and segment —
 * prospects contacted, applications, admissions — and anyone who follows them sees its progress at any
 * time, measured from the leads and applications as they are stored. A lead counts as contacted on the day
 * it was first contacted; an application on the day it was submitted, and as an admission on the day its
 * agreement was signed. A lead's region, industry, expected scale and channel place it in a segment; an
 * application takes them from the lead it came from, else its customer's first address, industry and the
 * confirmed (else expected) annual purchase — an application made without a lead matches no named channel.
 */
public final class TargetDesk {
    /** The collection targets are stored in. */
    public static final String TARGETS = "admission-targets";

    private final Pipeline pipeline;
    private final Aggregates<DevelopmentTarget> targets;
    private final LeadDesk leads;
    private final AdmissionDesk admission;
    private final CustomerDesk customers;
    private final ScalePolicy scale;
    private final Actor system;
    private final Clock clock;

    public TargetDesk(Pipeline pipeline, LeadDesk leads, AdmissionDesk admission, CustomerDesk customers,
                      ScalePolicy scale) {
        this.pipeline = pipeline;
        this.targets = pipeline.aggregates(TARGETS, TargetDocuments.TARGETS);
        this.leads = leads;
        this.admission = admission;
        this.customers = customers;
        this.scale = scale;
        this.system = pipeline.systemActor("targets");
        this.clock = pipeline.clock();
    }

    /** Sets a target for a stage. */
    public DevelopmentTarget set(Actor actor, SetDevelopmentTarget command) {
        return targets.create(actor, command, () -> {
            DevelopmentTarget target = new DevelopmentTarget(TargetId.random(), new Period(command.from(),
                command.to()), command.segment().toSegment(), command.goals().toGoals(), command.focus().strip(),
                actor.id(), clock.instant());
            return Changed.to(target, new TargetSet(target.id(), target.period(), target.segment(), target.goals(),
                target.setAt()));
        });
    }

    /** The target. */
    public DevelopmentTarget target(Actor actor, TargetId id) {
        return targets.get(actor, TargetPermissions.VIEW_TARGETS, id);
    }

    /** The target's progress today. */
    public Progress progress(Actor actor, TargetId id) {
        return measured(List.of(target(actor, id)), LocalDate.now(clock)).get(0);
    }

    /** The progress today of every target whose stage includes today, the earliest ending first. */
    public List<Progress> current(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<DevelopmentTarget> running = new ArrayList<>();
        for (int year = today.getYear() - 5; year <= today.getYear(); year++) {
            targets.findBy(actor, TargetPermissions.VIEW_TARGETS, "startYear", Integer.toString(year)).stream()
                .filter(target -> target.period().contains(today)).forEach(running::add);
        }
        running.sort(Comparator.comparing((DevelopmentTarget target) -> target.period().to())
            .thenComparing(target -> target.id().value()));
        return measured(running, today);
    }

    /** Counts once for all the targets: the leads and applications are read once, as the SDK's own actor. */
    private List<Progress> measured(List<DevelopmentTarget> measuredTargets, LocalDate today) {
        ZoneId zone = clock.getZone();
        List<Lead> allLeads = leads.all(system);
        Map<String, Lead> leadOfApplication = new HashMap<>();
        for (Lead lead : allLeads) {
            if (lead.history().conversion() != null) {
                leadOfApplication.put(lead.history().conversion().application().value(), lead);
            }
        }
        List<Placed> applications = admission.all(system).stream()
            .map(application -> placed(application, leadOfApplication.get(application.id().value()))).toList();
        List<Progress> measured = new ArrayList<>(measuredTargets.size());
        for (DevelopmentTarget target : measuredTargets) {
            Period period = target.period();
            Segment segment = target.segment();
            int contacted = (int) allLeads.stream().filter(lead -> lead.reached(LeadStatus.CONTACTED)
                .filter(at -> period.contains(at, zone)).isPresent() && segment.matches(lead.prospect().region(),
                Industry.valueOf(lead.prospect().industry()), scale.tierFor(lead.prospect().expectedAnnualPurchase()),
                lead.source().channel())).count();
            int applied = (int) applications.stream().filter(placed -> placed.in(segment)
                && period.contains(placed.application().submittedAt(), zone)).count();
            int admitted = (int) applications.stream().filter(placed -> placed.in(segment)
                && admittedAt(placed.application()).filter(at -> period.contains(at, zone)).isPresent()).count();
            measured.add(new Progress(target, today, new Goals(contacted, applied, admitted)));
        }
        return measured;
    }

    private Placed placed(Application application, Lead lead) {
        Customer customer = customers.get(system, application.customerId());
        String region = lead != null ? lead.prospect().region()
            : customer.profile().addresses().stream().map(address -> address.province()).findFirst().orElse(null);
        Money purchase = application.confirmedAnnualPurchase() != null ? application.confirmedAnnualPurchase()
            : application.form().needs().expectedAnnualPurchase();
        return new Placed(application, region, customer.industry().industry(), scale.tierFor(purchase),
            lead == null ? null : lead.source().channel());
    }

    private static Optional<Instant> admittedAt(Application application) {
        return application.steps().stream().filter(step -> step.action() == ApplicationAction.SIGN_AGREEMENT)
            .map(ApplicationStep::at).findFirst();
    }

    /** An application with the traits that place it in a segment. */
    private record Placed(Application application, String region, Industry industry,
                          ScaleTier tier, LeadChannel channel) {
        boolean in(Segment segment) {
            return segment.matches(region, industry, tier, channel);
        }
    }
}
