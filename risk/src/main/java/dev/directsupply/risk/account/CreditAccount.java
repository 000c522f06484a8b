package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.RuleViolation;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditReportId;
import dev.directsupply.risk.credit.CreditTrigger;
import dev.directsupply.risk.credit.Evaluation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's credit file (DS-6.2.1), the one consistency boundary of its credit (ADR 0012): where
 * it stands ({@link Standing}), what it may have and on what terms ({@link CreditLine}), what it owes
 * ({@link Receivables}), its orders reserved and held ({@link OrderCredit}), and how it has behaved
 * ({@link Conduct}). Immutable; each behaviour returns the new account with the events it caused.
 * Whenever the account changes, held orders are checked again in the order they were held, and
 * released when they pass.
 */
public record CreditAccount(CustomerId customerId, Standing standing, CreditLine line, Receivables receivables,
                            OrderCredit orders, Conduct conduct) {

    public CreditAccount {
        Require.nonNull(customerId, "customerId", standing, "standing", line, "line", receivables, "receivables",
            orders, "orders", conduct, "conduct");
    }

    /** A new account: ungraded (so orders wait for a first evaluation), on the ungraded measures. */
    public static Changed<CreditAccount> open(CustomerId customerId, LocalDate openedOn, ScaleTier tier,
                                              CreditRules rules, Clock clock) {
        Measures measures = rules.mitigation().measuresFor(null, OverdueState.CURRENT);
        CreditLine line = new CreditLine(Money.zero(rules.limits().currency()), null, null, measures.terms(),
            measures.creditStop() ? Set.of(StopSource.MEASURES) : Set.of(), List.of());
        CreditAccount account = new CreditAccount(customerId, Standing.ungraded(openedOn, tier), line,
            Receivables.none(), OrderCredit.none(), Conduct.none());
        return Changed.to(account, new CreditAccountOpened(customerId, openedOn, clock.instant()));
    }

    // ------------------------------------------------------------------------------------- reading

    public CreditGrade grade() {
        return standing.grade();
    }

    public LocalDate openedOn() {
        return standing.openedOn();
    }

    public ScaleTier scaleTier() {
        return standing.scaleTier();
    }

    public CreditTerms terms() {
        return line.terms();
    }

    public Set<StopSource> creditStops() {
        return line.stops();
    }

    public List<OpenItem> openItems() {
        return receivables.openItems();
    }

    public List<SettledPayment> settledPayments() {
        return conduct.settledPayments();
    }

    public List<Sale> recentSales() {
        return receivables.recentSales();
    }

    public List<ViolationRecord> violations() {
        return conduct.violations();
    }

    /** An authorised override of the limit, or null. */
    public LimitOverride limitOverride() {
        return line.override();
    }

    public List<GradeChange> gradeHistory() {
        return standing.history();
    }

    public List<Reservation> reservations() {
        return orders.reservations();
    }

    public List<Hold> holds() {
        return orders.holds();
    }

    /** How many debts were written off as bad. */
    public int defaults() {
        return conduct.defaults();
    }

    public LocalDate nextRegradeOn() {
        return standing.nextRegradeOn();
    }

    /** The limit in force on the day: an active override, else the table's. */
    public Money limit(LocalDate day) {
        return line.limit(day);
    }

    public Exposure exposure() {
        return new Exposure(receivables.outstanding(currency()), orders.reserved(ReservationState.APPROVED,
            currency()), orders.reserved(ReservationState.DELIVERED, currency()));
    }

    /** The most days any open invoice is past due on the day; 0 when none is. */
    public long maxDaysPastDue(LocalDate day) {
        return receivables.maxDaysPastDue(day);
    }

    public boolean hasValidGuarantee(LocalDate day) {
        return line.hasValidGuarantee(day);
    }

    /** What the guarantees valid on the day cover together. */
    public Money guaranteeCover(LocalDate day) {
        return line.guaranteeCover(day);
    }

    public Optional<Reservation> reservation(OrderReference order) {
        return orders.reservation(order);
    }

    public Optional<Hold> hold(OrderReference order) {
        return orders.hold(order);
    }

    public Optional<OpenItem> openItem(InvoiceId invoice) {
        return receivables.item(invoice);
    }

    private java.util.Currency currency() {
        return line.derivedLimit().currency();
    }

    // ---------------------------------------------------------------------------------- behaviours

    /** What the account and its events become as a behaviour proceeds. */
    private static final class Draft {
        CreditAccount account;
        final List<DomainEvent> events = new ArrayList<>();

        Draft(CreditAccount account) {
            this.account = account;
        }

        Changed<CreditAccount> done() {
            return Changed.to(account, events);
        }
    }

    /**
     * Records a new grade (DS-6.2.1): history, the limit for the grade and scale, the measures for
     * the grade and overdue state, the next regular re-grading; then re-checks held orders.
     */
    public Changed<CreditAccount> grade(Evaluation evaluation, CreditReportId report, CreditTrigger trigger,
                                        int regradeIntervalDays, CreditRules rules, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        CreditGrade from = grade();
        GradeChange change = new GradeChange(from, evaluation.grade(), evaluation.score(), report, trigger, now);
        Draft draft = new Draft(with(standing.graded(new Grading(evaluation.grade(), evaluation.score(), report, now),
            change, today.plusDays(regradeIntervalDays))));
        if (from != evaluation.grade()) {
            draft.events.add(new CreditGradeChanged(customerId, from, evaluation.grade(), evaluation.score(), report,
                trigger, now));
        }
        rederive(draft, rules, today, now, from == null || evaluation.grade().isBelow(from)
            ? "grade " + evaluation.grade() : "upgrade to " + evaluation.grade());
        recheckHolds(draft, rules, today, now);
        return draft.done();
    }

    /** The customer's purchase scale changed: the table's limit follows. */
    public Changed<CreditAccount> changeScaleTier(ScaleTier tier, CreditRules rules, Clock clock) {
        if (tier == standing.scaleTier()) {
            return Changed.nothing(this);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Draft draft = new Draft(with(standing.withScale(tier)));
        rederive(draft, rules, today, now, "scale " + tier);
        recheckHolds(draft, rules, today, now);
        return draft.done();
    }

    /** Checks an order and reserves its credit or holds it (DS-4.1.2); the same order twice is decided once. */
    public Reserved reserve(OrderReference order, Money amount, CreditRules rules, Clock clock) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        Optional<Reservation> reserved = orders.reservation(order);
        if (reserved.isPresent()) {
            if (!reserved.get().orderAmount().equals(amount)) {
                throw new OrderAmountChanged(order, reserved.get().orderAmount(), amount);
            }
            // The standing decision: the reservation as it was made, on today's figures.
            return new Reserved(Changed.nothing(this), rules.decide(without(order), order, amount, day)
                .asReserved(reserved.get()));
        }
        Optional<Hold> held = orders.hold(order);
        if (held.isPresent() && !held.get().orderAmount().equals(amount)) {
            throw new OrderAmountChanged(order, held.get().orderAmount(), amount);
        }
        CreditAccount base = held.isPresent() ? without(order) : this;
        CreditDecision decision = rules.decide(base, order, amount, day);
        if (decision.isApproved()) {
            CreditAccount approved = base.with(base.orders.reserved(Reservation.approved(order, amount, decision, now)));
            return new Reserved(Changed.to(approved, held.isPresent()
                ? new CreditHoldReleased(customerId, order, decision.outcome(), decision.prepaymentRatio(),
                    "check passed", null, now)
                : new CreditReserved(customerId, order, amount, decision.creditPart(), decision.prepaymentRatio(),
                    decision.watch(), now)), decision);
        }
        if (held.isPresent()) {
            // Still held: it keeps its place in the queue; only changed reasons are news.
            if (held.get().reasons().equals(decision.reasons())) {
                return new Reserved(Changed.nothing(this), decision);
            }
            return new Reserved(Changed.to(with(orders.replaced(held.get(), held.get().because(decision.reasons()))),
                new CreditHoldPlaced(customerId, order, amount, decision.reasons(), now)), decision);
        }
        return new Reserved(Changed.to(with(orders.held(new Hold(order, amount, decision.reasons(), now))),
            new CreditHoldPlaced(customerId, order, amount, decision.reasons(), now)), decision);
    }

    /** The result of {@link #reserve}: the account's change and the decision it recorded. */
    public record Reserved(Changed<CreditAccount> change, CreditDecision decision) {
    }

    /** An order was cancelled (or withdrawn): its reservation or hold ends and held orders are re-checked. */
    public Changed<CreditAccount> release(OrderReference order, String reason, CreditRules rules, Clock clock) {
        Optional<Reservation> reserved = orders.reservation(order);
        if (reserved.isEmpty() && orders.hold(order).isEmpty()) {
            return Changed.nothing(this);
        }
        Instant now = clock.instant();
        Draft draft = new Draft(without(order));
        Money amount = reserved.map(Reservation::amount).orElse(Money.zero(currency()));
        draft.events.add(new ReservationReleased(customerId, order, amount, reason, now));
        recheckHolds(draft, rules, LocalDate.ofInstant(now, clock.getZone()), now);
        return draft.done();
    }

    /** The order was delivered: its reservation now counts as delivered-but-uninvoiced. */
    public Changed<CreditAccount> markDelivered(OrderReference order) {
        Reservation reserved = orders.reservation(order).orElseThrow(() -> new NoSuchReservation(order));
        if (reserved.state() == ReservationState.DELIVERED) {
            return Changed.nothing(this);
        }
        return Changed.to(with(orders.replaced(reserved, reserved.delivered())));
    }

    /**
     * An invoice was issued: it joins the open items (and the sales of the DSO period), and the
     * order it bills, if any, gives up its reservation. An order on credit hold is not billed.
     */
    public Changed<CreditAccount> bookInvoice(OpenItem invoice, OrderReference order, LocalDate issuedOn,
                                              int dsoPeriodDays, CreditRules rules, Clock clock) {
        if (order != null && orders.hold(order).isPresent()) {
            throw new OrderOnHold(order);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Draft draft = new Draft(order == null ? this : without(order));
        Optional<Reservation> reserved = order == null ? Optional.empty() : orders.reservation(order);
        reserved.ifPresent(r -> draft.events.add(new ReservationReleased(customerId, order, r.amount(),
            "invoiced as " + invoice.invoice().value(), now)));
        draft.account = draft.account.with(receivables.booked(invoice, new Sale(issuedOn, invoice.outstanding()),
            today.minusDays(dsoPeriodDays)));
        recheckHolds(draft, rules, today, now);
        return draft.done();
    }

    /**
     * Money came in against an invoice — a payment, a credit note or a write-off — leaving it with
     * {@code outstanding} still owed. A settled invoice leaves the open items; paid or written off, it
     * joins the payment record, so a bad debt keeps counting against the customer after it is gone
     * from the open items. The overdue state, a dunning stop, the measures and the held orders follow.
     */
    public Changed<CreditAccount> settle(Settlement settlement, List<DunningLevel> dunningLevels, CreditRules rules,
                                         Clock clock) {
        OpenItem item = receivables.item(settlement.invoice())
            .orElseThrow(() -> new NoSuchOpenItem(settlement.invoice()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        boolean gone = !settlement.outstanding().isPositive();
        Conduct next = gone && (settlement.paid() || settlement.writtenOff())
            ? conduct.settled(item.dueDate(), settlement.on(), settlement.writtenOff()) : conduct;
        Draft draft = new Draft(with(receivables.settled(item, settlement.outstanding())).with(next));
        liftDunningStopIfCleared(draft, dunningLevels, now);
        rederive(draft, rules, today, now, "receivables settled");
        recheckHolds(draft, rules, today, now);
        return draft.done();
    }

    /**
     * Runs the dunning levels over the open items on the day (DS-6.2.1 collection): each item that
     * reached a higher level raises {@link DunningLevelReached}; a credit-stop action stops the
     * customer. Returns the change and whether an item first went overdue beyond the re-grading trigger.
     */
    public Dunned dun(List<DunningLevel> levels, int overdueTriggerDays, CreditRules rules, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<OpenItem> items = new ArrayList<>(receivables.openItems().size());
        Draft draft = new Draft(this);
        boolean regrade = false;
        boolean stop = false;
        for (OpenItem item : receivables.openItems()) {
            long late = item.daysPastDue(today);
            int reached = item.dunningLevel();
            for (int number = 1; number <= levels.size(); number++) {
                DunningLevel level = levels.get(number - 1);
                if (late >= level.daysAfterDue() && number > reached) {
                    reached = number;
                    draft.events.add(new DunningLevelReached(customerId, item.invoice(), number, level.action(), late,
                        now));
                }
            }
            for (int number = 1; number <= levels.size(); number++) {
                stop |= levels.get(number - 1).action() == DunningAction.CREDIT_STOP && reached >= number;
            }
            boolean trigger = !item.regradeTriggered() && late >= overdueTriggerDays;
            regrade |= trigger;
            items.add(item.dunned(reached, trigger));
        }
        draft.account = draft.account.with(receivables.withItems(items));
        if (stop && !line.stops().contains(StopSource.DUNNING)) {
            draft.account = draft.account.with(draft.account.line.withStop(StopSource.DUNNING, true));
            draft.events.add(new CreditStopChanged(customerId, StopSource.DUNNING, true, "dunning", now));
        }
        rederive(draft, rules, today, now, "overdue state");
        if (draft.events.isEmpty() && draft.account.equals(this)) {
            return new Dunned(Changed.nothing(this), false);
        }
        recheckHolds(draft, rules, today, now);
        return new Dunned(draft.done(), regrade);
    }

    /** The result of {@link #dun}: the change, and whether a re-grading is now due. */
    public record Dunned(Changed<CreditAccount> change, boolean regradeDue) {
    }

    /**
     * An authorised finance actor proposes a limit in place of the table's until the expiry (DS-6.2.1); it
     * is in force once a second person approves it ({@link #approveLimitOverride}). A new proposal replaces
     * one still waiting.
     */
    public Changed<CreditAccount> overrideLimit(Money amount, String reason, LocalDate expiresOn, Actor actor,
                                                Clock clock) {
        Instant now = clock.instant();
        Draft draft = new Draft(with(line.withProposal(new LimitOverride(amount, reason, actor.id(), now, expiresOn,
            null))));
        draft.events.add(new CreditLimitOverrideProposed(customerId, amount, expiresOn, actor.id(), reason, now));
        return draft.done();
    }

    /** A second person approves the proposed override: it is the limit until its expiry (DS-6.2.1). */
    public Changed<CreditAccount> approveLimitOverride(Actor approver, CreditRules rules, Clock clock) {
        LimitOverride proposal = line.proposed();
        if (proposal == null) {
            throw new NoProposedOverride(customerId);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Money before = limit(today);
        Draft draft = new Draft(with(line.withOverride(proposal.approvedBy(approver.id()))));
        draft.events.add(new CreditLimitChanged(customerId, before, proposal.amount(), "override by " + proposal.by()
            + ", approved by " + approver.id() + ": " + proposal.reason(), now));
        recheckHolds(draft, rules, today, now);
        return draft.done();
    }

    /** The limit override proposed and waiting for approval, or null. */
    public LimitOverride proposedLimitOverride() {
        return line.proposed();
    }

    /** Records a guarantee (DS-3.3.2); held orders waiting for one are re-checked. */
    public Changed<CreditAccount> recordGuarantee(Guarantee guarantee, CreditRules rules, Clock clock) {
        Instant now = clock.instant();
        Draft draft = new Draft(with(line.withGuarantee(guarantee)));
        draft.events.add(new GuaranteeRecorded(customerId, guarantee.type(), guarantee.amount(),
            guarantee.validUntil(), now));
        recheckHolds(draft, rules, LocalDate.ofInstant(now, clock.getZone()), now);
        return draft.done();
    }

    /** Puts the customer on credit stop, or lifts an authorised person's stop. */
    public Changed<CreditAccount> setManualStop(boolean stopped, String reason, CreditRules rules, Clock clock) {
        if (stopped == line.stops().contains(StopSource.MANUAL)) {
            return Changed.nothing(this);
        }
        Instant now = clock.instant();
        Draft draft = new Draft(with(line.withStop(StopSource.MANUAL, stopped)));
        draft.events.add(new CreditStopChanged(customerId, StopSource.MANUAL, stopped, reason, now));
        recheckHolds(draft, rules, LocalDate.ofInstant(now, clock.getZone()), now);
        return draft.done();
    }

    /** An authorised finance actor releases a held order against the check, with the reason recorded. */
    public Changed<CreditAccount> overrideHold(OrderReference order, String reason, Actor actor, Clock clock) {
        Hold held = orders.hold(order).orElseThrow(() -> new NoSuchHold(order));
        Instant now = clock.instant();
        CreditAccount base = without(order);
        return Changed.to(base.with(base.orders.reserved(Reservation.overridden(held, now))),
            new CreditHoldReleased(customerId, order, Outcome.APPROVE, BigDecimal.ZERO, reason, actor.id(), now));
    }

    /** A violation goes on record (DS-6.2.1 trigger); the caller re-grades. */
    public Changed<CreditAccount> recordViolation(ViolationRecord violation, Clock clock) {
        return Changed.to(with(conduct.withViolation(violation)),
            new ViolationRecorded(customerId, violation.on(), violation.description(), clock.instant()));
    }

    // ----------------------------------------------------------------------------------- mechanics

    /** Limit and measures follow the grade, scale and overdue state; changes are named in events. */
    private static void rederive(Draft draft, CreditRules rules, LocalDate today, Instant now, String reason) {
        CreditAccount account = draft.account;
        Money limit = rules.limits().limitFor(account.grade(), account.scaleTier());
        if (!limit.equals(account.line.derivedLimit())) {
            Money before = account.limit(today);
            account = account.with(account.line.withDerivedLimit(limit));
            if (!before.equals(account.limit(today))) {
                draft.events.add(new CreditLimitChanged(account.customerId, before, account.limit(today), reason, now));
            }
        }
        Measures wanted = rules.measuresFor(account, today);
        Measures current = Measures.of(account.terms(), account.creditStops().contains(StopSource.MEASURES));
        Measures next = rules.mitigation().relaxOnUpgrade() ? wanted : wanted.strictest(current);
        List<TermChange> changes = current.changesTo(next);
        if (!changes.isEmpty()) {
            account = account.with(account.line.withTerms(next.terms()).withStop(StopSource.MEASURES, next.creditStop()));
            draft.events.add(new CreditTermsChanged(account.customerId, changes, reason, now));
            if (next.creditStop() != current.creditStop()) {
                draft.events.add(new CreditStopChanged(account.customerId, StopSource.MEASURES, next.creditStop(),
                    reason, now));
            }
        }
        draft.account = account;
    }

    /** Held orders, oldest first, go ahead where the check now passes. */
    private static void recheckHolds(Draft draft, CreditRules rules, LocalDate today, Instant now) {
        for (Hold held : draft.account.orders.holds()) {
            CreditAccount base = draft.account.without(held.order());
            CreditDecision decision = rules.decide(base, held.order(), held.orderAmount(), today);
            if (decision.isApproved()) {
                draft.account = base.with(base.orders.reserved(Reservation.approved(held.order(), held.orderAmount(),
                    decision, now)));
                draft.events.add(new CreditHoldReleased(draft.account.customerId, held.order(), decision.outcome(),
                    decision.prepaymentRatio(), "check passed", null, now));
            } else if (!decision.reasons().equals(held.reasons())) {
                draft.account = draft.account.with(draft.account.orders.replaced(held, held.because(decision.reasons())));
            }
        }
    }

    /** A dunning stop ends once no open invoice has reached a level whose action is a credit stop. */
    private static void liftDunningStopIfCleared(Draft draft, List<DunningLevel> levels, Instant now) {
        CreditAccount account = draft.account;
        int stopLevel = firstStopLevel(levels);
        if (account.creditStops().contains(StopSource.DUNNING)
            && account.openItems().stream().noneMatch(item -> item.dunningLevel() >= stopLevel
                && item.outstanding().isPositive())) {
            draft.account = account.with(account.line.withStop(StopSource.DUNNING, false));
            draft.events.add(new CreditStopChanged(account.customerId, StopSource.DUNNING, false,
                "overdue invoices settled", now));
        }
    }

    /** The number of the first dunning level whose action is a credit stop; none: above every level. */
    private static int firstStopLevel(List<DunningLevel> levels) {
        for (int number = 1; number <= levels.size(); number++) {
            if (levels.get(number - 1).action() == DunningAction.CREDIT_STOP) {
                return number;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The account without the order's reservation or hold. */
    private CreditAccount without(OrderReference order) {
        OrderCredit kept = orders.without(order);
        return kept == orders ? this : with(kept);
    }

    // One wither per part: a behaviour changes the parts it is about and keeps the rest.

    private CreditAccount with(Standing next) {
        return new CreditAccount(customerId, next, line, receivables, orders, conduct);
    }

    private CreditAccount with(CreditLine next) {
        return new CreditAccount(customerId, standing, next, receivables, orders, conduct);
    }

    private CreditAccount with(Receivables next) {
        return new CreditAccount(customerId, standing, line, next, orders, conduct);
    }

    private CreditAccount with(OrderCredit next) {
        return new CreditAccount(customerId, standing, line, receivables, next, conduct);
    }

    private CreditAccount with(Conduct next) {
        return new CreditAccount(customerId, standing, line, receivables, orders, next);
    }

    /** The order was checked before at another amount: an amended order is released and checked anew. */
    public static final class OrderAmountChanged extends RuleViolation {
        private static final long serialVersionUID = 1L;

        OrderAmountChanged(OrderReference order, Money before, Money now) {
            super("DS-4.1.2", "order-amount-changed", "risk.error.order-amount-changed",
                Map.of("order", order, "before", before, "now", now));
        }
    }

    /** No reservation for the order. */
    public static final class NoSuchReservation extends RuleViolation {
        private static final long serialVersionUID = 1L;

        NoSuchReservation(OrderReference order) {
            super("DS-4.1.2", "no-such-reservation", "risk.error.no-such-reservation", Map.of("order", order));
        }
    }

    /** No hold for the order. */
    public static final class NoSuchHold extends RuleViolation {
        private static final long serialVersionUID = 1L;

        NoSuchHold(OrderReference order) {
            super("DS-4.1.2", "no-such-hold", "risk.error.no-such-hold", Map.of("order", order));
        }
    }

    /** The order is on credit hold: it cannot be billed until the hold is released (DS-4.1.2). */
    public static final class OrderOnHold extends RuleViolation {
        private static final long serialVersionUID = 1L;

        OrderOnHold(OrderReference order) {
            super("DS-4.1.2", "order-on-hold", "risk.error.order-on-hold", Map.of("order", order));
        }
    }

    /** No open item for the invoice. */
    public static final class NoSuchOpenItem extends RuleViolation {
        private static final long serialVersionUID = 1L;

        NoSuchOpenItem(InvoiceId invoice) {
            super("DS-6.2.1", "no-such-open-item", "risk.error.no-such-open-item", Map.of("invoice", invoice.value()));
        }
    }
}
