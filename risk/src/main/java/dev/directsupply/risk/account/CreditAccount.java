package dev.directsupply.risk.account;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.RuleViolation;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.risk.credit.CreditGrade;
import dev.directsupply.risk.credit.CreditReportId;
import dev.directsupply.risk.credit.CreditTrigger;
import dev.directsupply.risk.credit.Evaluation;
import dev.directsupply.risk.receivables.DunningAction;
import dev.directsupply.risk.receivables.DunningLevel;
import dev.directsupply.risk.receivables.InvoiceId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's credit file (DS-6.2.1): grade and history, limit, terms, credit stops, guarantees,
 * and the exposure — open invoices, and every order reserved or held by its reference. Immutable;
 * each behaviour returns the new account with the events it caused. Whenever the account changes,
 * held orders are checked again in the order they were held, and released when they pass.
 *
 * @param openedOn         when the customer's credit relationship began (the new-customer period runs from it)
 * @param grading          the current grade, null until the first evaluation
 * @param derivedLimit     the limit the table gives the grade and scale
 * @param limitOverride    an authorised override, or null
 * @param creditStops      who has put the customer on credit stop; empty when none has
 * @param openItems        unsettled invoices, by due date
 * @param reservations     orders approved and not yet invoiced or cancelled
 * @param holds            orders held, oldest first
 * @param settledPayments  how the last invoices were paid (the payment behaviour the scorecard reads)
 * @param defaults         debts written off as bad
 * @param recentSales      invoices issued in the days-sales-outstanding period
 * @param nextRegradeOn    when the next regular re-grading is due, null before the first grade
 */
public record CreditAccount(CustomerId customerId, LocalDate openedOn, ScaleTier scaleTier, Grading grading,
                            List<GradeChange> gradeHistory, Money derivedLimit, LimitOverride limitOverride,
                            CreditTerms terms, Set<StopSource> creditStops, List<Guarantee> guarantees,
                            List<OpenItem> openItems, List<Reservation> reservations, List<Hold> holds,
                            List<SettledPayment> settledPayments, int defaults, List<ViolationRecord> violations,
                            List<Sale> recentSales, LocalDate nextRegradeOn) {
    /** How many settled payments the account remembers for the payment-behaviour factors. */
    public static final int PAYMENTS_KEPT = 24;

    public CreditAccount {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(scaleTier, "scaleTier");
        gradeHistory = List.copyOf(gradeHistory);
        Objects.requireNonNull(derivedLimit, "derivedLimit");
        Objects.requireNonNull(terms, "terms");
        creditStops = creditStops.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(creditStops));
        guarantees = List.copyOf(guarantees);
        openItems = List.copyOf(openItems);
        reservations = List.copyOf(reservations);
        holds = List.copyOf(holds);
        settledPayments = List.copyOf(settledPayments);
        violations = List.copyOf(violations);
        recentSales = List.copyOf(recentSales);
    }

    /** A new account: ungraded (so orders wait for a first evaluation), on the ungraded measures. */
    public static Changed<CreditAccount> open(CustomerId customerId, LocalDate openedOn, ScaleTier tier,
                                              CreditRules rules, Clock clock) {
        Measures measures = rules.mitigation().measuresFor(null, OverdueState.CURRENT);
        CreditAccount account = new CreditAccount(customerId, openedOn, tier, null, List.of(),
            Money.zero(rules.limits().currency()), null, measures.terms(),
            measures.creditStop() ? Set.of(StopSource.MEASURES) : Set.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), 0, List.of(), List.of(), null);
        return Changed.to(account, new CreditAccountOpened(customerId, openedOn, clock.instant()));
    }

    // ------------------------------------------------------------------------------------- reading

    public CreditGrade grade() {
        return grading == null ? null : grading.grade();
    }

    /** The limit in force on the day: an active override, else the table's. */
    public Money limit(LocalDate day) {
        return limitOverride != null && limitOverride.isActiveOn(day) ? limitOverride.amount() : derivedLimit;
    }

    public Exposure exposure() {
        Money zero = Money.zero(derivedLimit.currency());
        Money receivables = zero;
        for (OpenItem item : openItems) {
            receivables = receivables.plus(item.outstanding());
        }
        Money approved = zero;
        Money delivered = zero;
        for (Reservation reservation : reservations) {
            if (reservation.state() == ReservationState.APPROVED) {
                approved = approved.plus(reservation.amount());
            } else {
                delivered = delivered.plus(reservation.amount());
            }
        }
        return new Exposure(receivables, approved, delivered);
    }

    /** The most days any open invoice is past due on the day; 0 when none is. */
    public long maxDaysPastDue(LocalDate day) {
        long most = 0;
        for (OpenItem item : openItems) {
            most = Math.max(most, item.daysPastDue(day));
        }
        return most;
    }

    public boolean hasValidGuarantee(LocalDate day) {
        return guarantees.stream().anyMatch(guarantee -> guarantee.isValidOn(day));
    }

    /** What the guarantees valid on the day cover together. */
    public Money guaranteeCover(LocalDate day) {
        Money cover = Money.zero(derivedLimit.currency());
        for (Guarantee guarantee : guarantees) {
            if (guarantee.isValidOn(day)) {
                cover = cover.plus(guarantee.amount());
            }
        }
        return cover;
    }

    public Optional<Reservation> reservation(OrderReference order) {
        return reservations.stream().filter(r -> r.order().equals(order)).findFirst();
    }

    public Optional<Hold> hold(OrderReference order) {
        return holds.stream().filter(h -> h.order().equals(order)).findFirst();
    }

    public Optional<OpenItem> openItem(InvoiceId invoice) {
        return openItems.stream().filter(item -> item.invoice().equals(invoice)).findFirst();
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
        Grading next = new Grading(evaluation.grade(), evaluation.score(), report, now);
        List<GradeChange> history = new ArrayList<>(gradeHistory);
        GradeChange change = new GradeChange(from, evaluation.grade(), evaluation.score(), report, trigger, now);
        history.add(change);
        Draft draft = new Draft(new CreditAccount(customerId, openedOn, scaleTier, next, history, derivedLimit,
            limitOverride, terms, creditStops, guarantees, openItems, reservations, holds, settledPayments, defaults,
            violations, recentSales, today.plusDays(regradeIntervalDays)));
        if (from != evaluation.grade()) {
            draft.events.add(new CreditGradeChanged(customerId, from, evaluation.grade(), evaluation.score(), report,
                trigger, change.isDowngrade(), now));
        }
        rederive(draft, rules, today, now, from == null || evaluation.grade().isBelow(from)
            ? "grade " + evaluation.grade() : "upgrade to " + evaluation.grade());
        recheckHolds(draft, rules, today, now);
        return draft.done();
    }

    /** The customer's purchase scale changed: the table's limit follows. */
    public Changed<CreditAccount> changeScaleTier(ScaleTier tier, CreditRules rules, Clock clock) {
        if (tier == scaleTier) {
            return Changed.nothing(this);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Draft draft = new Draft(new CreditAccount(customerId, openedOn, tier, grading, gradeHistory, derivedLimit,
            limitOverride, terms, creditStops, guarantees, openItems, reservations, holds, settledPayments, defaults,
            violations, recentSales, nextRegradeOn));
        rederive(draft, rules, today, now, "scale " + tier);
        recheckHolds(draft, rules, today, now);
        return draft.done();
    }

    /** Checks an order and reserves its credit or holds it (DS-4.1.2); the same order twice is decided once. */
    public Reserved reserve(OrderReference order, Money amount, CreditRules rules, Clock clock) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        Optional<Reservation> reserved = reservation(order);
        if (reserved.isPresent()) {
            if (!reserved.get().orderAmount().equals(amount)) {
                throw new OrderAmountChanged(order, reserved.get().orderAmount(), amount);
            }
            // The standing decision: the reservation as it was made, on today's figures.
            Reservation standing = reserved.get();
            CreditDecision today = rules.decide(without(order), order, amount, day);
            return new Reserved(Changed.nothing(this), new CreditDecision(order,
                standing.prepaymentRatio().signum() > 0 ? Outcome.APPROVE_WITH_PREPAYMENT : Outcome.APPROVE,
                standing.prepaymentRatio(), List.of(), amount, standing.amount(), today.exposure(), today.limit(),
                today.grade(), today.minimumGrade(), today.maxDaysPastDue(), today.overdueTolerance(), today.watch(),
                today.newCustomer(), today.guaranteeOnFile()));
        }
        Optional<Hold> held = hold(order);
        if (held.isPresent() && !held.get().orderAmount().equals(amount)) {
            throw new OrderAmountChanged(order, held.get().orderAmount(), amount);
        }
        CreditAccount base = held.isPresent() ? without(order) : this;
        CreditDecision decision = rules.decide(base, order, amount, day);
        Draft draft = new Draft(base);
        if (decision.isApproved()) {
            draft.account = draft.account.withReservations(plus(draft.account.reservations, new Reservation(order,
                amount, decision.creditPart(), decision.prepaymentRatio(), ReservationState.APPROVED, now, false)));
            draft.events.add(held.isPresent()
                ? new CreditHoldReleased(customerId, order, decision.outcome(), decision.prepaymentRatio(), false, null,
                    "check passed", now)
                : new CreditReserved(customerId, order, amount, decision.creditPart(), decision.prepaymentRatio(),
                    decision.watch(), now));
            return new Reserved(draft.done(), decision);
        }
        if (held.isPresent()) {
            // Still held: it keeps its place in the queue; only changed reasons are news.
            if (held.get().reasons().equals(decision.reasons())) {
                return new Reserved(Changed.nothing(this), decision);
            }
            List<Hold> holding = new ArrayList<>(holds);
            holding.set(holding.indexOf(held.get()), new Hold(order, amount, decision.reasons(), held.get().at()));
            return new Reserved(Changed.to(withHolds(holding),
                new CreditHoldPlaced(customerId, order, amount, decision.reasons(), now)), decision);
        }
        draft.account = draft.account.withHolds(plus(draft.account.holds, new Hold(order, amount, decision.reasons(),
            now)));
        draft.events.add(new CreditHoldPlaced(customerId, order, amount, decision.reasons(), now));
        return new Reserved(draft.done(), decision);
    }

    /** The result of {@link #reserve}: the account's change and the decision it recorded. */
    public record Reserved(Changed<CreditAccount> change, CreditDecision decision) {
    }

    /** An order was cancelled (or withdrawn): its reservation or hold ends and held orders are re-checked. */
    public Changed<CreditAccount> release(OrderReference order, String reason, CreditRules rules, Clock clock) {
        Optional<Reservation> reserved = reservation(order);
        Optional<Hold> held = hold(order);
        if (reserved.isEmpty() && held.isEmpty()) {
            return Changed.nothing(this);
        }
        Instant now = clock.instant();
        Draft draft = new Draft(without(order));
        Money amount = reserved.map(Reservation::amount).orElse(Money.zero(derivedLimit.currency()));
        draft.events.add(new ReservationReleased(customerId, order, amount, reason, now));
        recheckHolds(draft, rules, LocalDate.ofInstant(now, clock.getZone()), now);
        return draft.done();
    }

    /** The order was delivered: its reservation now counts as delivered-but-uninvoiced. */
    public Changed<CreditAccount> markDelivered(OrderReference order) {
        Reservation reserved = reservation(order).orElseThrow(() -> new NoSuchReservation(order));
        if (reserved.state() == ReservationState.DELIVERED) {
            return Changed.nothing(this);
        }
        List<Reservation> next = new ArrayList<>(reservations);
        next.set(next.indexOf(reserved), reserved.delivered());
        return Changed.to(withReservations(next));
    }

    /**
     * An invoice was issued: it joins the open items (and the sales of the DSO period), and the
     * order it bills, if any, gives up its reservation. An order on credit hold is not billed.
     */
    public Changed<CreditAccount> bookInvoice(InvoiceId invoice, OrderReference order, Money amount,
                                              LocalDate issuedOn, LocalDate dueDate, int dsoPeriodDays,
                                              CreditRules rules, Clock clock) {
        if (order != null && hold(order).isPresent()) {
            throw new OrderOnHold(order);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Draft draft = new Draft(order == null ? this : without(order));
        Optional<Reservation> reserved = order == null ? Optional.empty() : reservation(order);
        reserved.ifPresent(r -> draft.events.add(new ReservationReleased(customerId, order, r.amount(),
            "invoiced as " + invoice.value(), now)));
        List<Sale> sales = new ArrayList<>();
        for (Sale sale : recentSales) {
            if (sale.on().isAfter(today.minusDays(dsoPeriodDays))) {
                sales.add(sale);
            }
        }
        sales.add(new Sale(issuedOn, amount));
        draft.account = draft.account.withOpenItems(plus(draft.account.openItems,
            new OpenItem(invoice, dueDate, amount, 0, false))).withSales(sales);
        recheckHolds(draft, rules, today, now);
        return draft.done();
    }

    /**
     * Money came in against an invoice — a payment, a credit note or a write-off — leaving it with
     * {@code outstanding} still owed. A settled invoice leaves the open items; paid or written off, it
     * joins the payment record, so a bad debt keeps counting against the customer after it is gone
     * from the open items. The overdue state, a dunning stop, the measures and the held orders follow.
     */
    public Changed<CreditAccount> settle(InvoiceId invoice, Money outstanding, LocalDate on, boolean paid,
                                         boolean writtenOff, List<DunningLevel> dunningLevels, CreditRules rules,
                                         Clock clock) {
        OpenItem item = openItem(invoice).orElseThrow(() -> new NoSuchOpenItem(invoice));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<OpenItem> items = new ArrayList<>(openItems);
        List<SettledPayment> payments = new ArrayList<>(settledPayments);
        if (outstanding.isPositive()) {
            items.set(items.indexOf(item), new OpenItem(invoice, item.dueDate(), outstanding, item.dunningLevel(),
                item.regradeTriggered()));
        } else {
            items.remove(item);
            if (paid || writtenOff) {
                payments.add(new SettledPayment(item.dueDate(), on));
                while (payments.size() > PAYMENTS_KEPT) {
                    payments.remove(0);
                }
            }
        }
        Draft draft = new Draft(new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit,
            limitOverride, terms, creditStops, guarantees, items, reservations, holds, payments,
            defaults + (writtenOff ? 1 : 0), violations, recentSales, nextRegradeOn));
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
        List<OpenItem> items = new ArrayList<>(openItems.size());
        Draft draft = new Draft(this);
        boolean regrade = false;
        boolean stop = false;
        boolean changed = false;
        for (OpenItem item : openItems) {
            long late = item.daysPastDue(today);
            int reached = item.dunningLevel();
            for (DunningLevel level : levels) {
                if (late >= level.daysAfterDue() && level.level() > reached) {
                    reached = level.level();
                    draft.events.add(new DunningLevelReached(customerId, item.invoice(), level.level(), level.action(),
                        late, now));
                }
            }
            for (DunningLevel level : levels) {
                stop |= level.action() == DunningAction.CREDIT_STOP && reached >= level.level();
            }
            boolean trigger = !item.regradeTriggered() && late >= overdueTriggerDays;
            regrade |= trigger;
            OpenItem next = new OpenItem(item.invoice(), item.dueDate(), item.outstanding(), reached,
                item.regradeTriggered() || trigger);
            changed |= !next.equals(item);
            items.add(next);
        }
        draft.account = draft.account.withOpenItems(items);
        if (stop && !creditStops.contains(StopSource.DUNNING)) {
            draft.account = draft.account.withStops(plusStop(draft.account.creditStops, StopSource.DUNNING));
            draft.events.add(new CreditStopChanged(customerId, StopSource.DUNNING, true, "dunning", now));
        }
        rederive(draft, rules, today, now, "overdue state");
        if (!changed && draft.events.isEmpty() && draft.account.equals(this)) {
            return new Dunned(Changed.nothing(this), false);
        }
        recheckHolds(draft, rules, today, now);
        return new Dunned(draft.done(), regrade);
    }

    /** The result of {@link #dun}: the change, and whether a re-grading is now due. */
    public record Dunned(Changed<CreditAccount> change, boolean regradeDue) {
    }

    /** An authorised finance actor sets the limit in place of the table's until the expiry (DS-6.2.1). */
    public Changed<CreditAccount> overrideLimit(Money amount, String reason, LocalDate expiresOn, Actor actor,
                                                CreditRules rules, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Money before = limit(today);
        Draft draft = new Draft(new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit,
            new LimitOverride(amount, reason, actor.id(), now, expiresOn), terms, creditStops, guarantees, openItems,
            reservations, holds, settledPayments, defaults, violations, recentSales, nextRegradeOn));
        draft.events.add(new CreditLimitChanged(customerId, before, amount, "override by " + actor.id() + ": " + reason,
            now));
        recheckHolds(draft, rules, today, now);
        return draft.done();
    }

    /** Records a guarantee (DS-3.3.2); held orders waiting for one are re-checked. */
    public Changed<CreditAccount> recordGuarantee(Guarantee guarantee, CreditRules rules, Clock clock) {
        Instant now = clock.instant();
        Draft draft = new Draft(new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit,
            limitOverride, terms, creditStops, plus(guarantees, guarantee), openItems, reservations, holds,
            settledPayments, defaults, violations, recentSales, nextRegradeOn));
        draft.events.add(new GuaranteeRecorded(customerId, guarantee.type(), guarantee.amount(),
            guarantee.validUntil(), now));
        recheckHolds(draft, rules, LocalDate.ofInstant(now, clock.getZone()), now);
        return draft.done();
    }

    /** Puts the customer on credit stop, or lifts an authorised person's stop. */
    public Changed<CreditAccount> setManualStop(boolean stopped, String reason, CreditRules rules, Clock clock) {
        if (stopped == creditStops.contains(StopSource.MANUAL)) {
            return Changed.nothing(this);
        }
        Instant now = clock.instant();
        Draft draft = new Draft(withStops(stopped ? plusStop(creditStops, StopSource.MANUAL)
            : minusStop(creditStops, StopSource.MANUAL)));
        draft.events.add(new CreditStopChanged(customerId, StopSource.MANUAL, stopped, reason, now));
        recheckHolds(draft, rules, LocalDate.ofInstant(now, clock.getZone()), now);
        return draft.done();
    }

    /** An authorised finance actor releases a held order against the check, with the reason recorded. */
    public Changed<CreditAccount> overrideHold(OrderReference order, String reason, Actor actor, Clock clock) {
        Hold held = hold(order).orElseThrow(() -> new NoSuchHold(order));
        Instant now = clock.instant();
        CreditAccount base = without(order);
        Reservation reservation = new Reservation(order, held.orderAmount(), held.orderAmount(), java.math.BigDecimal.ZERO,
            ReservationState.APPROVED, now, true);
        return Changed.to(base.withReservations(plus(base.reservations, reservation)),
            new CreditHoldReleased(customerId, order, Outcome.APPROVE, java.math.BigDecimal.ZERO, true, actor.id(), reason,
                now));
    }

    /** A violation goes on record (DS-6.2.1 trigger); the caller re-grades. */
    public Changed<CreditAccount> recordViolation(ViolationRecord violation, Clock clock) {
        return Changed.to(new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit,
            limitOverride, terms, creditStops, guarantees, openItems, reservations, holds, settledPayments, defaults,
            plus(violations, violation), recentSales, nextRegradeOn),
            new ViolationRecorded(customerId, violation.on(), violation.description(), clock.instant()));
    }

    // ----------------------------------------------------------------------------------- mechanics

    /** Limit and measures follow the grade, scale and overdue state; changes are named in events. */
    private static void rederive(Draft draft, CreditRules rules, LocalDate today, Instant now, String reason) {
        CreditAccount account = draft.account;
        Money limit = rules.limits().limitFor(account.grade(), account.scaleTier);
        if (!limit.equals(account.derivedLimit)) {
            Money before = account.limit(today);
            account = account.withDerivedLimit(limit);
            if (!before.equals(account.limit(today))) {
                draft.events.add(new CreditLimitChanged(account.customerId, before, account.limit(today), reason, now));
            }
        }
        Measures wanted = rules.measuresFor(account, today);
        Measures current = new Measures(account.terms.prepaymentRatio(), account.terms.paymentTermDays(),
            account.terms.guaranteeRequired(), account.creditStops.contains(StopSource.MEASURES));
        Measures next = rules.mitigation().relaxOnUpgrade() ? wanted : wanted.strictest(current);
        List<TermChange> changes = new ArrayList<>();
        if (next.prepaymentRatio().compareTo(current.prepaymentRatio()) != 0) {
            changes.add(new TermChange("prepaymentRatio", current.prepaymentRatio().stripTrailingZeros().toPlainString(),
                next.prepaymentRatio().stripTrailingZeros().toPlainString()));
        }
        if (next.paymentTermDays() != current.paymentTermDays()) {
            changes.add(new TermChange("paymentTermDays", Integer.toString(current.paymentTermDays()),
                Integer.toString(next.paymentTermDays())));
        }
        if (next.guaranteeRequired() != current.guaranteeRequired()) {
            changes.add(new TermChange("guaranteeRequired", Boolean.toString(current.guaranteeRequired()),
                Boolean.toString(next.guaranteeRequired())));
        }
        if (next.creditStop() != current.creditStop()) {
            changes.add(new TermChange("creditStop", Boolean.toString(current.creditStop()),
                Boolean.toString(next.creditStop())));
        }
        if (!changes.isEmpty()) {
            account = account.withTerms(next.terms()).withStops(next.creditStop()
                ? plusStop(account.creditStops, StopSource.MEASURES) : minusStop(account.creditStops, StopSource.MEASURES));
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
        for (Hold held : draft.account.holds) {
            CreditAccount base = draft.account.without(held.order());
            CreditDecision decision = rules.decide(base, held.order(), held.orderAmount(), today);
            if (decision.isApproved()) {
                draft.account = base.withReservations(plus(base.reservations, new Reservation(held.order(),
                    held.orderAmount(), decision.creditPart(), decision.prepaymentRatio(), ReservationState.APPROVED, now,
                    false)));
                draft.events.add(new CreditHoldReleased(draft.account.customerId, held.order(), decision.outcome(),
                    decision.prepaymentRatio(), false, null, "check passed", now));
            } else if (!decision.reasons().equals(held.reasons())) {
                List<Hold> holding = new ArrayList<>(draft.account.holds);
                holding.set(holding.indexOf(held), new Hold(held.order(), held.orderAmount(), decision.reasons(),
                    held.at()));
                draft.account = draft.account.withHolds(holding);
            }
        }
    }

    /** A dunning stop ends once no open invoice has reached a level whose action is a credit stop. */
    private static void liftDunningStopIfCleared(Draft draft, List<DunningLevel> levels, Instant now) {
        CreditAccount account = draft.account;
        int stopLevel = levels.stream().filter(level -> level.action() == DunningAction.CREDIT_STOP)
            .mapToInt(DunningLevel::level).min().orElse(Integer.MAX_VALUE);
        if (account.creditStops.contains(StopSource.DUNNING)
            && account.openItems.stream().noneMatch(item -> item.dunningLevel() >= stopLevel
                && item.outstanding().isPositive())) {
            draft.account = account.withStops(minusStop(account.creditStops, StopSource.DUNNING));
            draft.events.add(new CreditStopChanged(account.customerId, StopSource.DUNNING, false,
                "overdue invoices settled", now));
        }
    }

    /** The account without the order's reservation or hold. */
    private CreditAccount without(OrderReference order) {
        List<Reservation> keptReservations = reservations.stream().filter(r -> !r.order().equals(order)).toList();
        List<Hold> keptHolds = holds.stream().filter(h -> !h.order().equals(order)).toList();
        if (keptReservations.size() == reservations.size() && keptHolds.size() == holds.size()) {
            return this;
        }
        return new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit, limitOverride,
            terms, creditStops, guarantees, openItems, keptReservations, keptHolds, settledPayments, defaults,
            violations, recentSales, nextRegradeOn);
    }

    private CreditAccount withReservations(List<Reservation> next) {
        return new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit, limitOverride,
            terms, creditStops, guarantees, openItems, next, holds, settledPayments, defaults, violations, recentSales,
            nextRegradeOn);
    }

    private CreditAccount withHolds(List<Hold> next) {
        return new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit, limitOverride,
            terms, creditStops, guarantees, openItems, reservations, next, settledPayments, defaults, violations,
            recentSales, nextRegradeOn);
    }

    private CreditAccount withOpenItems(List<OpenItem> next) {
        return new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit, limitOverride,
            terms, creditStops, guarantees, next, reservations, holds, settledPayments, defaults, violations,
            recentSales, nextRegradeOn);
    }

    private CreditAccount withSales(List<Sale> next) {
        return new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit, limitOverride,
            terms, creditStops, guarantees, openItems, reservations, holds, settledPayments, defaults, violations, next,
            nextRegradeOn);
    }

    private CreditAccount withDerivedLimit(Money next) {
        return new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, next, limitOverride, terms,
            creditStops, guarantees, openItems, reservations, holds, settledPayments, defaults, violations,
            recentSales, nextRegradeOn);
    }

    private CreditAccount withTerms(CreditTerms next) {
        return new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit, limitOverride,
            next, creditStops, guarantees, openItems, reservations, holds, settledPayments, defaults, violations,
            recentSales, nextRegradeOn);
    }

    private CreditAccount withStops(Set<StopSource> next) {
        return new CreditAccount(customerId, openedOn, scaleTier, grading, gradeHistory, derivedLimit, limitOverride,
            terms, next, guarantees, openItems, reservations, holds, settledPayments, defaults, violations,
            recentSales, nextRegradeOn);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> next = new ArrayList<>(list.size() + 1);
        next.addAll(list);
        next.add(item);
        return next;
    }

    private static Set<StopSource> plusStop(Set<StopSource> stops, StopSource source) {
        EnumSet<StopSource> next = stops.isEmpty() ? EnumSet.noneOf(StopSource.class) : EnumSet.copyOf(stops);
        next.add(source);
        return next;
    }

    private static Set<StopSource> minusStop(Set<StopSource> stops, StopSource source) {
        EnumSet<StopSource> next = stops.isEmpty() ? EnumSet.noneOf(StopSource.class) : EnumSet.copyOf(stops);
        next.remove(source);
        return next;
    }

    /** The order was checked before at another amount: an amended order is released and checked anew. */
    public static final class OrderAmountChanged extends RuleViolation {
        private static final long serialVersionUID = 1L;

        OrderAmountChanged(OrderReference order, Money before, Money now) {
            super("DS-4.1.2", "order-amount-changed", "risk.error.order-amount-changed",
                Map.of("order", order.value(), "before", before, "now", now));
        }
    }

    /** No reservation for the order. */
    public static final class NoSuchReservation extends RuleViolation {
        private static final long serialVersionUID = 1L;

        NoSuchReservation(OrderReference order) {
            super("DS-4.1.2", "no-such-reservation", "risk.error.no-such-reservation", Map.of("order", order.value()));
        }
    }

    /** No hold for the order. */
    public static final class NoSuchHold extends RuleViolation {
        private static final long serialVersionUID = 1L;

        NoSuchHold(OrderReference order) {
            super("DS-4.1.2", "no-such-hold", "risk.error.no-such-hold", Map.of("order", order.value()));
        }
    }

    /** The order is on credit hold: it cannot be billed until the hold is released (DS-4.1.2). */
    public static final class OrderOnHold extends RuleViolation {
        private static final long serialVersionUID = 1L;

        OrderOnHold(OrderReference order) {
            super("DS-4.1.2", "order-on-hold", "risk.error.order-on-hold", Map.of("order", order.value()));
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
