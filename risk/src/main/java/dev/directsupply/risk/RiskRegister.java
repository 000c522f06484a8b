package dev.directsupply.risk;

import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.store.AggregateRepository;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Retry;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.risk.internal.RiskDocuments;
import dev.directsupply.risk.register.QualitySignals;
import dev.directsupply.risk.register.Risk;
import dev.directsupply.risk.register.RiskAction;
import dev.directsupply.risk.register.RiskCategory;
import dev.directsupply.risk.register.RiskId;
import dev.directsupply.risk.register.RiskMonitor;
import dev.directsupply.risk.register.RiskSubject;
import dev.directsupply.risk.register.SubjectKind;
import dev.directsupply.risk.register.SupplySignals;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The risk register as a service (DS-6.1, DS-6.2): risks are identified, rated, given responses and
 * contingency plans, moved through their lifecycle and reviewed; overdue reviews are listed; the
 * monitor raises quality and supply risks from the signals the host reports.
 */
public final class RiskRegister {
    public static final String RISKS = "risks";

    private final AggregateRepository<Risk> risks;
    private final CommandValidator validator;
    private final AccessPolicy access;
    private final RiskParameters parameters;
    private final QualitySignals quality;
    private final SupplySignals supply;
    private final Clock clock;

    public RiskRegister(DocumentStore store, CommandValidator validator, AccessPolicy access, RiskParameters parameters,
                        QualitySignals quality, SupplySignals supply, AuditSeal seal, Clock clock) {
        this.risks = new AggregateRepository<>(store, RISKS, RiskDocuments.RISKS, JsonEventCodec.INSTANCE, seal, clock);
        this.validator = Objects.requireNonNull(validator, "validator");
        this.access = Objects.requireNonNull(access, "access");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.quality = Objects.requireNonNull(quality, "quality");
        this.supply = Objects.requireNonNull(supply, "supply");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Enters a risk in the register. */
    public Risk identify(Actor actor, IdentifyRisk command) {
        access.check(actor, RiskPermissions.MANAGE_RISKS);
        validator.validate(command);
        RiskSubject subject = new RiskSubject(SubjectKind.valueOf(command.subjectKind()), command.subject());
        return risks.create(Risk.identify(RiskId.random(), RiskCategory.valueOf(command.category()), subject,
            command.description().strip(), ActorId.of(command.owner()), "manual",
            parameters.riskRegister().reviewIntervalDays(), actor, clock), actor, "IdentifyRisk", List.of()).aggregate();
    }

    /** Rates a risk, likelihood × impact. */
    public Risk assess(Actor actor, AssessRisk command) {
        access.check(actor, RiskPermissions.MANAGE_RISKS);
        validator.validate(command);
        return change(actor, command.riskId(), "AssessRisk", risk -> risk.assess(command.likelihood(),
            command.impact(), parameters.riskRegister(), command.note() == null ? "" : command.note().strip(), actor,
            clock));
    }

    /** Records response measures, contingency plan, owner and next review. */
    public Risk plan(Actor actor, PlanRiskResponse command) {
        access.check(actor, RiskPermissions.MANAGE_RISKS);
        validator.validate(command);
        return change(actor, command.riskId(), "PlanRiskResponse", risk -> risk.plan(
            command.responses().stream().map(String::strip).toList(),
            command.contingencyPlan() == null ? "" : command.contingencyPlan().strip(), ActorId.of(command.owner()),
            command.nextReviewOn(), actor, clock));
    }

    /** Moves a risk as its lifecycle allows. */
    public Risk move(Actor actor, MoveRisk command) {
        access.check(actor, RiskPermissions.MANAGE_RISKS);
        validator.validate(command);
        return change(actor, command.riskId(), "MoveRisk",
            risk -> risk.move(RiskAction.valueOf(command.action()), command.note().strip(), actor, clock));
    }

    /** Reviews a risk and sets the next review. */
    public Risk review(Actor actor, ReviewRisk command) {
        access.check(actor, RiskPermissions.MANAGE_RISKS);
        validator.validate(command);
        return change(actor, command.riskId(), "ReviewRisk",
            risk -> risk.review(command.note().strip(), command.nextReviewOn(), actor, clock));
    }

    /** The risk. */
    public Risk risk(Actor actor, RiskId id) {
        access.check(actor, RiskPermissions.VIEW_RISKS);
        CreditDesk.requireId(id, "riskId");
        return risks.get(id.value()).aggregate();
    }

    /** Open risks, the most serious first. */
    public List<Risk> open(Actor actor) {
        access.check(actor, RiskPermissions.VIEW_RISKS);
        List<Risk> open = new ArrayList<>();
        risks.findBy("open", "true").forEach(risk -> open.add(risk.aggregate()));
        open.sort(Comparator.comparingInt((Risk risk) -> risk.isRated() ? -risk.rating().score() : 0)
            .thenComparing(Risk::raisedAt));
        return open;
    }

    /** Open risks whose review date has passed, the longest overdue first. */
    public List<Risk> overdueReviews(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<Risk> overdue = new ArrayList<>();
        for (Risk risk : open(actor)) {
            if (risk.isReviewOverdue(today)) {
                overdue.add(risk);
            }
        }
        overdue.sort(Comparator.comparing(Risk::reviewOn));
        return overdue;
    }

    /**
     * Reads the quality and supply signals and raises a risk for each subject over a threshold that
     * has no open risk of that category yet (DS-6.1.3, DS-6.1.4); returns the risks raised.
     */
    public List<Risk> monitor(Actor actor) {
        access.check(actor, RiskPermissions.MANAGE_RISKS);
        Map<RiskCategory, List<RiskSubject>> openBySubject = new EnumMap<>(RiskCategory.class);
        for (Risk risk : open(actor)) {
            openBySubject.computeIfAbsent(risk.category(), c -> new ArrayList<>()).add(risk.subject());
        }
        List<Risk> raised = new ArrayList<>();
        for (RiskMonitor.Finding finding : new RiskMonitor(parameters.riskRegister())
            .findings(quality.latest(), supply.latest(), openBySubject)) {
            raised.add(risks.create(Risk.identify(RiskId.random(), finding.category(), finding.subject(),
                finding.description(), actor.id(), finding.source(), parameters.riskRegister().reviewIntervalDays(),
                actor, clock), actor, "MonitorRisks", List.of()).aggregate());
        }
        return raised;
    }

    private Risk change(Actor actor, RiskId id, String action, Function<Risk, Changed<Risk>> decide) {
        CreditDesk.requireId(id, "riskId");
        return Retry.onConflict(CreditDesk.RETRIES, () -> {
            Versioned<Risk> current = risks.get(id.value());
            return risks.save(current, decide.apply(current.aggregate()), actor, action).aggregate();
        });
    }
}
