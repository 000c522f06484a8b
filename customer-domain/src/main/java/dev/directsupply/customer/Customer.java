package dev.directsupply.customer;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Require;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A direct-supply customer (DS-2.1): the aggregate root of the customer information database
 * (DS-7.1.1), made of parts that each own their rules — who it is ({@link Profile}), how it is
 * classified ({@link Classification}), what it bought ({@link PurchaseLedger}), where cooperation
 * stands ({@link CustomerLifecycle}) and how it got there ({@link CustomerHistory}). Immutable: each
 * behaviour returns the new customer with the events it caused.
 */
public record Customer(CustomerId id, Profile profile, Classification classification, CustomerStatus status,
                       PurchaseLedger purchases, CustomerHistory history) {

    public Customer {
        Require.nonNull(id, "id", profile, "profile", classification, "classification", status, "status",
            purchases, "purchases", history, "history");
    }

    /**
     * A newly registered customer: a {@link CustomerStatus#PROSPECT} until admitted (DS-3.4), GENERAL
     * importance, its scale assessed from the declared annual purchase, and the first line of its
     * classification history on each axis.
     */
    public static Changed<Customer> register(CustomerId id, Profile profile, IndustryClassification industry,
                                             Money declaredAnnualPurchase, ScalePolicy policy, Actor actor,
                                             Clock clock) {
        Instant now = profile.registeredAt();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        PurchaseLedger ledger = PurchaseLedger.declared(declaredAnnualPurchase);
        ScaleAssessment scale = policy.assess(ledger, today, today);
        StrategicImportance importance = StrategicImportance.GENERAL;
        String reason = "registered";
        CustomerHistory history = CustomerHistory.begun(List.of(
            new ClassificationChange(ClassificationDimension.SCALE, "", scale.tier().name(), actor.id(), now,
                reason, scale),
            new ClassificationChange(ClassificationDimension.INDUSTRY, "", industry.code(), actor.id(), now, reason),
            new ClassificationChange(ClassificationDimension.STRATEGIC_IMPORTANCE, "", importance.name(), actor.id(),
                now, reason)));
        Customer customer = new Customer(id, profile, new Classification(scale, industry, importance),
            CustomerStatus.PROSPECT, ledger, history);
        return Changed.to(customer, new CustomerRegistered(id, profile.legalName(), profile.creditCode().value(),
            industry, scale.tier(), importance, now));
    }

    // ------------------------------------------------------------------------------ what it is

    public String legalName() {
        return profile.legalName();
    }

    public UnifiedSocialCreditCode creditCode() {
        return profile.creditCode();
    }

    public List<Contact> contacts() {
        return profile.contacts();
    }

    public Instant registeredAt() {
        return profile.registeredAt();
    }

    public ScaleTier scaleTier() {
        return classification.scaleTier();
    }

    public StrategicImportance importance() {
        return classification.importance();
    }

    public IndustryClassification industry() {
        return classification.industry();
    }

    /** Every classification change, oldest first. */
    public List<ClassificationChange> classificationHistory() {
        return history.classification();
    }

    /** Every status change, oldest first (the cooperation history, DS-7.1.1). */
    public List<StatusChange> statusHistory() {
        return history.status();
    }

    // ------------------------------------------------------------------------------ behaviours

    /**
     * Adds a purchase to the ledger and re-assesses the scale; a tier change is a reclassification
     * (DS-2.2.1) with its history line. Every purchase given counts: telling a repeat from a new
     * purchase by its reference is the desk's, which keeps each purchase as a record of its own.
     */
    public Changed<Customer> recordPurchase(String reference, YearMonth month, Money amount, ScalePolicy policy,
                                            Actor actor, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        PurchaseLedger ledger = purchases.record(month, amount, policy.keepFrom(today));
        ScaleAssessment scale = policy.assess(ledger, registeredOn(clock), today);
        List<DomainEvent> events = new ArrayList<>(2);
        events.add(new PurchaseRecorded(id, reference, month, amount, scale.annualPurchase(), now));
        Customer next = with(ledger).reassessed(scale, "purchase " + reference + " recorded", actor, now, events);
        return Changed.to(next, events);
    }

    /**
     * Re-assesses the scale on today's window and thresholds (the window moves every month, and the
     * thresholds may have changed). Saves a new assessment even when the tier holds; raises
     * {@link CustomerReclassified} only when it moves.
     */
    public Changed<Customer> reclassify(String reason, ScalePolicy policy, Actor actor, Clock clock) {
        Instant now = clock.instant();
        ScaleAssessment scale = policy.assess(purchases, registeredOn(clock), LocalDate.ofInstant(now, clock.getZone()));
        if (scale.equals(classification.scale())) {
            return Changed.nothing(this);
        }
        List<DomainEvent> events = new ArrayList<>(1);
        return Changed.to(reassessed(scale, reason, actor, now, events), events);
    }

    private Customer reassessed(ScaleAssessment scale, String reason, Actor actor, Instant now,
                                List<DomainEvent> events) {
        ScaleTier from = classification.scaleTier();
        Customer next = with(classification.withScale(scale));
        if (scale.tier() == from) {
            return next;
        }
        events.add(new CustomerReclassified(id, ClassificationDimension.SCALE, from.name(), scale.tier().name(),
            reason, actor.id(), now));
        return next.with(history.with(new ClassificationChange(ClassificationDimension.SCALE, from.name(),
            scale.tier().name(), actor.id(), now, reason, scale)));
    }

    /** Sets the strategic importance (DS-2.2.3). */
    public Changed<Customer> setStrategicImportance(StrategicImportance importance, String reason, Actor actor,
                                                    Clock clock) {
        if (importance == classification.importance()) {
            return Changed.nothing(this);
        }
        return reclassified(ClassificationDimension.STRATEGIC_IMPORTANCE, classification.importance().name(),
            importance.name(), classification.withImportance(importance), reason, actor, clock.instant());
    }

    /** Moves the customer to another industry class (DS-2.2.2). */
    public Changed<Customer> changeIndustry(IndustryClassification industry, String reason, Actor actor, Clock clock) {
        if (industry.equals(classification.industry())) {
            return Changed.nothing(this);
        }
        return reclassified(ClassificationDimension.INDUSTRY, classification.industry().code(), industry.code(),
            classification.withIndustry(industry), reason, actor, clock.instant());
    }

    private Changed<Customer> reclassified(ClassificationDimension dimension, String from, String to,
                                           Classification next, String reason, Actor actor, Instant now) {
        Customer changed = with(next).with(history.with(new ClassificationChange(dimension, from, to, actor.id(), now,
            reason)));
        return Changed.to(changed, new CustomerReclassified(id, dimension, from, to, reason, actor.id(), now));
    }

    /** Replaces contacts and addresses. */
    public Changed<Customer> updateContactDetails(List<Contact> newContacts, List<Address> newAddresses,
                                                  Clock clock) {
        if (newContacts.equals(profile.contacts()) && newAddresses.equals(profile.addresses())) {
            return Changed.nothing(this);
        }
        return Changed.to(with(profile.withContactDetails(newContacts, newAddresses)),
            new ContactDetailsUpdated(id, newContacts.size(), newAddresses.size(), clock.instant()));
    }

    /**
     * Admits a prospect ({@link CustomerStatusAction#ADMIT}, DS-3.4 step 6) or takes an imported customer
     * in ({@link CustomerStatusAction#IMPORT}), as {@link CustomerLifecycle#TABLE} allows: the annual purchase
     * confirmed at the credit evaluation replaces the declared one, so only a confirmed figure sets the
     * scale tier (DS-2.2.1), and the importance management confirmed is set (DS-2.2.3). Each change that
     * moves a class is a reclassification with its history line; the status move joins the status history.
     */
    public Changed<Customer> admit(CustomerStatusAction action, Money confirmedAnnual, StrategicImportance importance,
                                   String reason, ScalePolicy policy, Actor actor, Clock clock) {
        CustomerStatus next = CustomerLifecycle.TABLE.next(status, action, this);
        Instant now = clock.instant();
        PurchaseLedger ledger = purchases.confirmed(confirmedAnnual);
        ScaleAssessment scale = policy.assess(ledger, registeredOn(clock), LocalDate.ofInstant(now, clock.getZone()));
        List<DomainEvent> events = new ArrayList<>(3);
        Customer admitted = with(ledger).reassessed(scale, reason, actor, now, events);
        if (importance != classification.importance()) {
            Changed<Customer> set = admitted.reclassified(ClassificationDimension.STRATEGIC_IMPORTANCE,
                classification.importance().name(), importance.name(),
                admitted.classification.withImportance(importance), reason, actor, now);
            admitted = set.aggregate();
            events.addAll(set.events());
        }
        events.add(new CustomerStatusChanged(id, status, next, action, reason, now));
        Customer changed = new Customer(id, profile, admitted.classification, next, ledger,
            admitted.history.with(new StatusChange(status, next, action, actor.id(), now, reason)));
        return Changed.to(changed, events);
    }

    /**
     * Suspends, reinstates or terminates cooperation, as {@link CustomerLifecycle#TABLE} allows; the
     * move and its reason join the status history.
     */
    public Changed<Customer> changeStatus(CustomerStatusAction action, String reason, Actor actor, Clock clock) {
        if (!action.byStatusChange()) {
            throw new IllegalArgumentException(action + " is not a status change: use admit (DS-3.4)");
        }
        CustomerStatus next = CustomerLifecycle.TABLE.next(status, action, this);
        Instant now = clock.instant();
        Customer changed = new Customer(id, profile, classification, next, purchases,
            history.with(new StatusChange(status, next, action, actor.id(), now, reason)));
        return Changed.to(changed, new CustomerStatusChanged(id, status, next, action, reason, now));
    }

    /** This customer with its contacts' names, phones and e-mails masked, for actors who may not see them (DS-7.2.2). */
    public Customer masked() {
        return with(profile.masked());
    }

    private LocalDate registeredOn(Clock clock) {
        return LocalDate.ofInstant(profile.registeredAt(), clock.getZone());
    }

    // One wither per part: a behaviour changes the parts it is about and keeps the rest.

    private Customer with(Profile next) {
        return new Customer(id, next, classification, status, purchases, history);
    }

    private Customer with(Classification next) {
        return new Customer(id, profile, next, status, purchases, history);
    }

    private Customer with(PurchaseLedger next) {
        return new Customer(id, profile, classification, status, next, history);
    }

    private Customer with(CustomerHistory next) {
        return new Customer(id, profile, classification, status, purchases, next);
    }
}
