package dev.directsupply.risk.register;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.service.Accepted;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Checkpoint;
import dev.directsupply.kernel.store.CollectionVerification;
import dev.directsupply.risk.register.internal.RiskDocuments;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The risk register as a service (DS-6.1, DS-6.2): risks are identified, rated, given responses and
 * contingency plans, moved through their lifecycle and reviewed; overdue reviews are listed; the
 * monitor raises quality and supply risks from the signals the host reports. Every command goes
 * through the kernel's pipeline. The reference module of {@code docs/adding-a-module.md}.
 */
public final class RiskDesk {
    /** The collection risks are stored in. */
    public static final String RISKS = "risks";

    private final Pipeline pipeline;
    private final Aggregates<Risk> risks;
    private final RiskRegisterParameters parameters;
    private final QualitySignals quality;
    private final SupplySignals supply;
    private final Clock clock;

    public RiskDesk(Pipeline pipeline, RiskRegisterParameters parameters, QualitySignals quality,
                    SupplySignals supply) {
        this.pipeline = pipeline;
        // DS-7.2.2: a risk about a customer is in the scope of those who reach the customer.
        this.risks = pipeline.aggregates(RISKS, RiskDocuments.RISKS).scopedBy(risk ->
            risk.subject().kind() == SubjectKind.CUSTOMER ? risk.subject().reference() : null);
        this.parameters = parameters;
        this.quality = quality;
        this.supply = supply;
        this.clock = pipeline.clock();
    }

    /** Enters a risk in the register. */
    public Risk identify(Actor actor, IdentifyRisk command) {
        return risks.create(actor, command, () -> Risk.identify(RiskId.random(), new Identification(
            RiskCategory.valueOf(command.category()), new RiskSubject(SubjectKind.valueOf(command.subjectKind()),
                command.subject()), command.description().strip(), "manual", clock.instant()),
            ActorId.of(command.owner()), parameters.reviewIntervalDays(), actor, clock));
    }

    /** Rates a risk, likelihood × impact. */
    public Risk assess(Actor actor, AssessRisk command) {
        return risks.change(actor, command, command.riskId(), risk -> risk.assess(command.likelihood(),
            command.impact(), parameters, text(command.note()), actor, clock));
    }

    /** Records response measures, contingency plan, owner and next review. */
    public Risk plan(Actor actor, PlanRiskResponse command) {
        return risks.change(actor, command, command.riskId(), risk -> risk.plan(new ResponsePlan(
            ActorId.of(command.owner()), command.responses().stream().map(String::strip).toList(),
            text(command.contingencyPlan()), command.nextReviewOn()), actor, clock));
    }

    /** Moves a risk as its lifecycle allows. */
    public Risk move(Actor actor, MoveRisk command) {
        return risks.change(actor, command, command.riskId(),
            risk -> risk.move(RiskAction.valueOf(command.action()), command.note().strip(), actor, clock));
    }

    /** Reviews a risk and sets the next review. */
    public Risk review(Actor actor, ReviewRisk command) {
        return risks.change(actor, command, command.riskId(),
            risk -> risk.review(command.note().strip(), command.nextReviewOn(), actor, clock));
    }

    /** The risk. */
    public Risk risk(Actor actor, RiskId id) {
        return risks.get(actor, RiskPermissions.VIEW_RISKS, id);
    }

    /** Open risks, the most serious first. */
    public List<Risk> open(Actor actor) {
        List<Risk> open = new ArrayList<>(risks.findBy(actor, RiskPermissions.VIEW_RISKS, "open", "true"));
        open.sort(Comparator.comparingInt((Risk risk) -> risk.isRated() ? -risk.rating().score() : 0)
            .thenComparing(Risk::raisedAt));
        return open;
    }

    /** Open risks whose review date has passed, the longest overdue first. */
    public List<Risk> overdueReviews(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return open(actor).stream().filter(risk -> risk.isReviewOverdue(today))
            .sorted(Comparator.comparing(Risk::reviewOn)).toList();
    }

    /**
     * Reads the quality and supply signals and raises a risk for each subject over a threshold that
     * has no open risk of that category yet (DS-6.1.3, DS-6.1.4); returns the risks raised.
     */
    public List<Risk> monitor(Actor actor) {
        Accepted<MonitorRisks> run = pipeline.accept(actor, new MonitorRisks());
        Map<RiskCategory, List<RiskSubject>> openBySubject = new EnumMap<>(RiskCategory.class);
        for (Risk risk : open(actor)) {
            openBySubject.computeIfAbsent(risk.category(), c -> new ArrayList<>()).add(risk.subject());
        }
        List<Risk> raised = new ArrayList<>();
        for (RiskMonitor.Finding finding : new RiskMonitor(parameters)
            .findings(quality.latest(), supply.latest(), openBySubject)) {
            raised.add(run.write(work -> work.create(risks, Risk.identify(RiskId.random(), new Identification(
                finding.category(), finding.subject(), finding.description(), finding.source(), clock.instant()),
                actor.id(), parameters.reviewIntervalDays(), actor, clock))));
        }
        return raised;
    }

    private static String text(String optional) {
        return optional == null ? "" : optional.strip();
    }

    // ------------------------------------------------------------ audit verification (DS-7.2.1)
    // One block, kept apart from the commands above: AUDITOR (and MANAGEMENT) check that nothing
    // changed unseen.

    /** The risk's audit trail (DS-7.2.1): its hash chain, its stored document and look-up attributes. */
    public AuditVerification verifyRiskTrail(Actor actor, RiskId id) {
        return risks.auditTrails(actor, RiskPermissions.VERIFY_AUDIT).verify(Aggregates.require(id));
    }

    /** The risk's audit trail against a checkpoint: a trail cut short, or deleted whole, shows (DS-7.2.1). */
    public AuditVerification verifyRiskTrail(Actor actor, RiskId id, Checkpoint checkpoint) {
        return risks.auditTrails(actor, RiskPermissions.VERIFY_AUDIT).verify(Aggregates.require(id), checkpoint);
    }

    /** Every risk's audit trail, with the first broken version of each broken one (DS-7.2.1). */
    public CollectionVerification verifyRiskTrails(Actor actor) {
        return risks.auditTrails(actor, RiskPermissions.VERIFY_AUDIT).verifyAll();
    }

    /** Every risk's audit trail against a checkpoint, those deleted since included (DS-7.2.1). */
    public CollectionVerification verifyRiskTrails(Actor actor, Checkpoint checkpoint) {
        return risks.auditTrails(actor, RiskPermissions.VERIFY_AUDIT).verifyAll(checkpoint);
    }

    /** The head of every risk's trail now, sealed: export it and keep it outside the database (DS-7.2.1). */
    public Checkpoint riskCheckpoint(Actor actor) {
        return risks.auditTrails(actor, RiskPermissions.VERIFY_AUDIT).checkpoint();
    }
}
