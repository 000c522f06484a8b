package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.service.Accepted;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.service.Work;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Checkpoint;
import dev.directsupply.kernel.store.CollectionVerification;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.persistence.StoreException;
import dev.directsupply.risk.credit.CreditReport;
import dev.directsupply.risk.credit.CreditTrigger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Credit standing as a service (DS-3.3.2, DS-4.1.2, DS-6.2.1): opens each customer's credit account,
 * grades customers with the explainable scorecard (keeping every evaluation as a credit report), keeps
 * limits, terms and stops, and checks and reserves credit for orders. Every command goes through the
 * kernel's pipeline and changes one account atomically — a reservation is decided and recorded in one
 * versioned write, so concurrent orders can never together exceed the limit.
 */
public final class CreditDesk {
    private final Pipeline pipeline;
    private final CreditAccounts accounts;
    private final OrderStages orders;
    private final Clock clock;

    public CreditDesk(Pipeline pipeline, CreditAccounts accounts, OrderStages orders) {
        this.pipeline = pipeline;
        this.accounts = accounts;
        this.orders = orders;
        this.clock = pipeline.clock();
    }

    // ------------------------------------------------------------------------------ grading

    /**
     * Evaluates a customer's credit with the scorecard (DS-3.3.2), keeps the report, and records the
     * grade on the account — opening the account first if the customer has none — in one atomic write.
     */
    public CreditReport evaluate(Actor actor, EvaluateCredit command) {
        return pipeline.acceptToWrite(actor, command).write(work -> regraded(work, command.customerId(),
            CreditTrigger.valueOf(command.trigger()), Changed::nothing));
    }

    /** Puts a violation on record and re-grades the customer (DS-6.2.1 trigger), in one write. */
    public CreditReport recordViolation(Actor actor, RecordViolation command) {
        return pipeline.acceptToWrite(actor, command).write(work -> regraded(work, command.customerId(),
            CreditTrigger.VIOLATION_RECORDED, account -> account.recordViolation(new ViolationRecord(command.on(),
                command.description().strip(), command.source().strip(), actor.id()), clock)));
    }

    /**
     * Changes the account by {@code before}, then grades it as changed, keeping the report: one
     * atomic write, so a violation or a default is never recorded without the re-grading it calls for.
     */
    private CreditReport regraded(Work work, CustomerId customer, CreditTrigger trigger,
                                  Function<CreditAccount, Changed<CreditAccount>> before) {
        Versioned<CreditAccount> current = accounts.of(work, customer);
        CreditAccounts.Regraded regraded = accounts.regrade(work, before.apply(current.aggregate()), trigger);
        accounts.save(work, current, regraded.account());
        return regraded.report();
    }

    /** Re-grades every customer whose regular re-grading is due (DS-6.2.1); returns who was re-graded. */
    public List<CustomerId> regradeDue(Actor actor) {
        Accepted<RegradeDue> run = pipeline.accept(actor, new RegradeDue());
        LocalDate today = LocalDate.now(clock);
        List<CustomerId> due = new ArrayList<>();
        accounts.accounts().forEach(500, account -> {
            LocalDate next = account.aggregate().nextRegradeOn();
            if (next != null && !next.isAfter(today) && accounts.accounts().inScope(actor, account.aggregate())) {
                due.add(account.aggregate().customerId());
            }
        }, (unreadable, cause) -> {
            // An account this SDK cannot read cannot be re-graded by it; the others go on.
        });
        List<CustomerId> regraded = new ArrayList<>(due.size());
        for (CustomerId customer : due) {
            try {
                run.write(work -> regraded(work, customer, CreditTrigger.SCHEDULED, Changed::nothing));
                regraded.add(customer);
            } catch (DirectSupplyException | StoreException failed) {
                // Still due: the next run tries again; one customer does not stop the others.
            }
        }
        return regraded;
    }

    // ---------------------------------------------------------------------- checks and reservations

    /** The credit check for an amount, reserving nothing (DS-4.1.2). */
    public CreditDecision check(Actor actor, CheckCredit command) {
        pipeline.accept(actor, command);
        pipeline.requireInScope(actor, command.permission(), command.customerId().value());
        CreditAccount account = accounts.stored(command.customerId()).aggregate();
        return accounts.rules().decide(account, null, accounts.money(command.amount()), LocalDate.now(clock));
    }

    /**
     * Checks an order and reserves its credit or holds it, atomically with every other order of the
     * customer (DS-4.1.2). The same order again returns the standing decision.
     */
    public CreditDecision reserve(Actor actor, ReserveCredit command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<CreditAccount> current = accounts.of(work, command.customerId());
            CreditAccount.Reserved reserved = current.aggregate().reserve(command.order(),
                accounts.money(command.amount()), accounts.rules(), clock);
            accounts.save(work, current, reserved.change());
            return reserved.decision();
        });
    }

    /**
     * An order was cancelled, rejected, amended or billed without owing: its reservation or hold ends, and
     * held orders are re-checked. Refused while the order is live (DS-4.1.2): freeing a live order's
     * credit would let another be approved over the limit.
     */
    public CreditAccount release(Actor actor, ReleaseCredit command) {
        return change(actor, command, command.customerId(), account -> {
            requireStage(command.order(), OrderStage::mayRelease);
            return account.release(command.order(), command.reason().strip(), accounts.rules(), clock);
        });
    }

    /** An order was delivered; its reservation counts as delivered-but-uninvoiced. Only a delivered order's. */
    public CreditAccount markDelivered(Actor actor, MarkDelivered command) {
        return change(actor, command, command.customerId(), account -> {
            requireStage(command.order(), OrderStage::mayMarkDelivered);
            return account.markDelivered(command.order());
        });
    }

    private void requireStage(OrderReference order, java.util.function.Predicate<OrderStage> allowed) {
        OrderStage stage = orders.stageOf(order);
        if (!allowed.test(stage)) {
            throw new OrderStillLive(order, stage);
        }
    }

    /** Releases a held order against the check (DS-4.1.2): finance only, with the reason recorded. */
    public CreditAccount overrideHold(Actor actor, OverrideCreditHold command) {
        return change(actor, command, command.customerId(),
            account -> account.overrideHold(command.order(), command.reason().strip(), actor, clock));
    }

    // ------------------------------------------------------------------------ limits, terms, stops

    /**
     * Proposes a limit in place of the table's until the expiry (DS-6.2.1): finance or credit management,
     * with the reason. It is in force once another person approves it ({@link #approveLimitOverride}).
     */
    public CreditAccount overrideLimit(Actor actor, OverrideCreditLimit command) {
        return change(actor, command, command.customerId(), account -> account.overrideLimit(
            accounts.money(command.amount()), command.reason().strip(), command.expiresOn(), actor, clock));
    }

    /** Approves the proposed override: a second person, never its proposer (DS-6.2.1); held orders are re-checked. */
    public CreditAccount approveLimitOverride(Actor actor, ApproveLimitOverride command) {
        return change(actor, command, command.customerId(), account -> {
            LimitOverride proposal = account.proposedLimitOverride();
            pipeline.requireSeparate(actor, command.permission(), CreditPermissions.PROPOSE_THEN_APPROVE_LIMIT,
                proposal == null ? null : proposal.by());
            return account.approveLimitOverride(actor, accounts.rules(), clock);
        });
    }

    /**
     * Records a guarantee (DS-3.3.2); held orders waiting for one are re-checked. A guarantee that has
     * already expired is refused ({@link RecordGuarantee#expiryViolations}): it secures nothing.
     */
    public CreditAccount recordGuarantee(Actor actor, RecordGuarantee command) {
        return pipeline.acceptToWrite(actor, command, c -> c.expiryViolations(LocalDate.now(clock))).write(work -> {
            Versioned<CreditAccount> current = accounts.of(work, command.customerId());
            return accounts.save(work, current, current.aggregate().recordGuarantee(new Guarantee(
                GuaranteeType.valueOf(command.type()), accounts.money(command.amount()), command.guarantor().strip(),
                command.validFrom(), command.validUntil(), actor.id()), accounts.rules(), clock));
        });
    }

    /** Puts the customer on credit stop or lifts a person's stop. */
    public CreditAccount setCreditStop(Actor actor, SetCreditStop command) {
        return change(actor, command, command.customerId(),
            account -> account.setManualStop(command.stopped(), command.reason().strip(), accounts.rules(), clock));
    }

    /** The customer's purchase scale changed (from the customer module): the table's limit follows. */
    public CreditAccount changeScaleTier(Actor actor, ChangeScaleTier command) {
        return change(actor, command, command.customerId(),
            account -> account.changeScaleTier(command.tier(), accounts.rules(), clock));
    }

    // ---------------------------------------------------------------------------------- reading

    /** The customer's credit account: grade, limit, terms, exposure, reservations and holds. */
    public CreditAccount account(Actor actor, CustomerId customer) {
        return accounts.accounts().get(actor, CreditPermissions.VIEW_CREDIT, customer);
    }

    /** The customer's credit reports, newest first. */
    public List<CreditReport> reports(Actor actor, CustomerId customer) {
        pipeline.authorize(actor, CreditPermissions.VIEW_CREDIT);
        List<CreditReport> found = new ArrayList<>(accounts.reports().findBy(actor, CreditPermissions.VIEW_CREDIT,
            "customerId", Aggregates.require(customer)));
        found.sort(Comparator.comparing(CreditReport::evaluatedAt).reversed());
        return found;
    }

    /** One account's change, the account opened in the same write when the customer has none yet. */
    private CreditAccount change(Actor actor, Command command, CustomerId customer,
                                 Function<CreditAccount, Changed<CreditAccount>> decide) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            Versioned<CreditAccount> current = accounts.of(work, customer);
            return accounts.save(work, current, decide.apply(current.aggregate()));
        });
    }

    // ------------------------------------------------------------ audit verification (DS-7.2.1)
    // One block, kept apart from the commands above: AUDITOR (and MANAGEMENT) check that nothing
    // changed unseen.

    /** The credit account's audit trail (DS-7.2.1): its hash chain, its stored document and look-up attributes. */
    public AuditVerification verifyAccountTrail(Actor actor, CustomerId id) {
        return accounts.accounts().auditTrails(actor, CreditPermissions.VERIFY_AUDIT).verify(Aggregates.require(id));
    }

    /** The credit account's audit trail against a checkpoint: a trail cut short, or deleted whole, shows (DS-7.2.1). */
    public AuditVerification verifyAccountTrail(Actor actor, CustomerId id, Checkpoint checkpoint) {
        return accounts.accounts().auditTrails(actor, CreditPermissions.VERIFY_AUDIT)
            .verify(Aggregates.require(id), checkpoint);
    }

    /** Every credit account's audit trail, with the first broken version of each broken one (DS-7.2.1). */
    public CollectionVerification verifyAccountTrails(Actor actor) {
        return accounts.accounts().auditTrails(actor, CreditPermissions.VERIFY_AUDIT).verifyAll();
    }

    /** Every credit account's audit trail against a checkpoint, those deleted since included (DS-7.2.1). */
    public CollectionVerification verifyAccountTrails(Actor actor, Checkpoint checkpoint) {
        return accounts.accounts().auditTrails(actor, CreditPermissions.VERIFY_AUDIT).verifyAll(checkpoint);
    }

    /** The head of every credit account's trail now, sealed: export it and keep it outside the database (DS-7.2.1). */
    public Checkpoint accountCheckpoint(Actor actor) {
        return accounts.accounts().auditTrails(actor, CreditPermissions.VERIFY_AUDIT).checkpoint();
    }

    /** The credit report's audit trail (DS-7.2.1): its hash chain, its stored document and look-up attributes. */
    public AuditVerification verifyReportTrail(Actor actor, dev.directsupply.risk.credit.CreditReportId id) {
        return accounts.reports().auditTrails(actor, CreditPermissions.VERIFY_AUDIT).verify(Aggregates.require(id));
    }

    /** The credit report's audit trail against a checkpoint: a trail cut short, or deleted whole, shows (DS-7.2.1). */
    public AuditVerification verifyReportTrail(Actor actor, dev.directsupply.risk.credit.CreditReportId id,
                                               Checkpoint checkpoint) {
        return accounts.reports().auditTrails(actor, CreditPermissions.VERIFY_AUDIT)
            .verify(Aggregates.require(id), checkpoint);
    }

    /** Every credit report's audit trail, with the first broken version of each broken one (DS-7.2.1). */
    public CollectionVerification verifyReportTrails(Actor actor) {
        return accounts.reports().auditTrails(actor, CreditPermissions.VERIFY_AUDIT).verifyAll();
    }

    /** Every credit report's audit trail against a checkpoint, those deleted since included (DS-7.2.1). */
    public CollectionVerification verifyReportTrails(Actor actor, Checkpoint checkpoint) {
        return accounts.reports().auditTrails(actor, CreditPermissions.VERIFY_AUDIT).verifyAll(checkpoint);
    }

    /** The head of every credit report's trail now, sealed: export it and keep it outside the database (DS-7.2.1). */
    public Checkpoint reportCheckpoint(Actor actor) {
        return accounts.reports().auditTrails(actor, CreditPermissions.VERIFY_AUDIT).checkpoint();
    }
}
