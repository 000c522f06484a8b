package dev.directsupply.customer;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.store.Changed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A direct-supply customer (DS-2.1): the aggregate root of the customer information database
 * (DS-7.1.1). Immutable: each behaviour returns the new customer with the events it caused.
 *
 * @param id                    its id
 * @param legalName             the registered name on the business licence
 * @param creditCode            its unified social credit code
 * @param classification        scale, industry and strategic importance (DS-2.2)
 * @param contacts              the people to talk to
 * @param addresses             registered, delivery and billing addresses
 * @param status                where cooperation stands
 * @param purchases             the purchase ledger the scale rests on
 * @param classificationHistory every classification change, oldest first
 * @param statusHistory         every status change, oldest first (the cooperation history, DS-7.1.1)
 * @param registeredAt          when it was registered
 */
public record Customer(CustomerId id, String legalName, UnifiedSocialCreditCode creditCode,
                       Classification classification, List<Contact> contacts, List<Address> addresses,
                       CustomerStatus status, PurchaseLedger purchases,
                       List<ClassificationChange> classificationHistory, List<StatusChange> statusHistory,
                       Instant registeredAt) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(classification, "classification");
        contacts = List.copyOf(contacts);
        addresses = List.copyOf(addresses);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(purchases, "purchases");
        classificationHistory = List.copyOf(classificationHistory);
        statusHistory = List.copyOf(statusHistory);
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /**
     * A newly registered customer: GENERAL importance, its scale assessed from the declared annual
     * purchase, and the first line of its classification history on each axis.
     */
    public static Changed<Customer> register(CustomerId id, String legalName, UnifiedSocialCreditCode creditCode,
                                             IndustryClassification industry, Money declaredAnnualPurchase,
                                             List<Contact> contacts, List<Address> addresses, ScalePolicy policy,
                                             Actor actor, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        PurchaseLedger ledger = PurchaseLedger.declared(declaredAnnualPurchase);
        ScaleAssessment scale = policy.assess(ledger, today, today);
        StrategicImportance importance = StrategicImportance.GENERAL;
        String reason = "registered";
        List<ClassificationChange> history = List.of(
            new ClassificationChange(ClassificationDimension.SCALE, "", scale.tier().name(), actor.id(), now,
                reason, scale),
            new ClassificationChange(ClassificationDimension.INDUSTRY, "", industry.code(), actor.id(), now, reason),
            new ClassificationChange(ClassificationDimension.STRATEGIC_IMPORTANCE, "", importance.name(), actor.id(),
                now, reason));
        Customer customer = new Customer(id, legalName, creditCode, new Classification(scale, industry, importance),
            contacts, addresses, CustomerStatus.ACTIVE, ledger, history, List.of(), now);
        return Changed.to(customer, new CustomerRegistered(id, legalName, creditCode.value(), industry,
            scale.tier(), importance, now));
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

    /**
     * Adds a purchase to the ledger and re-assesses the scale; a tier change is a reclassification
     * (DS-2.2.1) with its history line. Every purchase given counts: telling a repeat from a new
     * purchase by its reference is the registry's, which keeps each purchase as a record of its own.
     */
    public Changed<Customer> recordPurchase(String reference, YearMonth month, Money amount, ScalePolicy policy,
                                            Actor actor, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        PurchaseLedger ledger = purchases.record(month, amount, policy.keepFrom(today));
        Customer recorded = withPurchases(ledger);
        ScaleAssessment scale = policy.assess(ledger, registeredOn(clock), today);
        List<DomainEvent> events = new ArrayList<>(2);
        events.add(new PurchaseRecorded(id, reference, month, amount, scale.annualPurchase(), now));
        Customer next = recorded.reassessed(scale, "purchase " + reference + " recorded", actor, now, events);
        return Changed.to(next, events);
    }

    /**
     * Re-assesses the scale on today's window and thresholds (the window moves every month, and the
     * thresholds may have changed). Saves a new assessment even when the tier holds; raises
     * {@link CustomerReclassified} only when it moves.
     */
    public Changed<Customer> reclassify(String reason, ScalePolicy policy, Actor actor, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        ScaleAssessment scale = policy.assess(purchases, registeredOn(clock), today);
        if (scale.equals(classification.scale())) {
            return Changed.nothing(this);
        }
        List<DomainEvent> events = new ArrayList<>(1);
        Customer next = reassessed(scale, reason, actor, now, events);
        return Changed.to(next, events);
    }

    private Customer reassessed(ScaleAssessment scale, String reason, Actor actor, Instant now,
                                List<DomainEvent> events) {
        ScaleTier from = classification.scaleTier();
        Customer next = withClassification(classification.withScale(scale));
        if (scale.tier() == from) {
            return next;
        }
        events.add(new CustomerReclassified(id, ClassificationDimension.SCALE, from.name(), scale.tier().name(),
            reason, actor.id(), now));
        return next.withHistory(new ClassificationChange(ClassificationDimension.SCALE, from.name(),
            scale.tier().name(), actor.id(), now, reason, scale));
    }

    /** Sets the strategic importance (DS-2.2.3); the caller has checked the actor may. */
    public Changed<Customer> setStrategicImportance(StrategicImportance importance, String reason, Actor actor,
                                                    Clock clock) {
        if (importance == classification.importance()) {
            return Changed.nothing(this);
        }
        Instant now = clock.instant();
        String from = classification.importance().name();
        Customer next = withClassification(classification.withImportance(importance))
            .withHistory(new ClassificationChange(ClassificationDimension.STRATEGIC_IMPORTANCE, from,
                importance.name(), actor.id(), now, reason));
        return Changed.to(next, new CustomerReclassified(id, ClassificationDimension.STRATEGIC_IMPORTANCE, from,
            importance.name(), reason, actor.id(), now));
    }

    /** Moves the customer to another industry class (DS-2.2.2). */
    public Changed<Customer> changeIndustry(IndustryClassification industry, String reason, Actor actor, Clock clock) {
        if (industry.equals(classification.industry())) {
            return Changed.nothing(this);
        }
        Instant now = clock.instant();
        String from = classification.industry().code();
        Customer next = withClassification(classification.withIndustry(industry))
            .withHistory(new ClassificationChange(ClassificationDimension.INDUSTRY, from, industry.code(), actor.id(),
                now, reason));
        return Changed.to(next, new CustomerReclassified(id, ClassificationDimension.INDUSTRY, from, industry.code(),
            reason, actor.id(), now));
    }

    /** Replaces contacts and addresses. */
    public Changed<Customer> updateContactDetails(List<Contact> newContacts, List<Address> newAddresses,
                                                  Clock clock) {
        if (newContacts.equals(contacts) && newAddresses.equals(addresses)) {
            return Changed.nothing(this);
        }
        Customer next = new Customer(id, legalName, creditCode, classification, newContacts, newAddresses, status,
            purchases, classificationHistory, statusHistory, registeredAt);
        return Changed.to(next, new ContactDetailsUpdated(id, newContacts.size(), newAddresses.size(),
            clock.instant()));
    }

    /**
     * Suspends, reinstates or terminates cooperation, as {@link CustomerLifecycle#TABLE} allows; the
     * move and its reason join the status history.
     */
    public Changed<Customer> changeStatus(CustomerStatusAction action, String reason, Actor actor, Clock clock) {
        CustomerStatus next = CustomerLifecycle.TABLE.next(status, action, this);
        Instant now = clock.instant();
        List<StatusChange> history = new ArrayList<>(statusHistory.size() + 1);
        history.addAll(statusHistory);
        history.add(new StatusChange(status, next, action, actor.id(), now, reason));
        Customer changed = new Customer(id, legalName, creditCode, classification, contacts, addresses, next,
            purchases, classificationHistory, history, registeredAt);
        return Changed.to(changed, new CustomerStatusChanged(id, status, next, action, reason, now));
    }

    /**
     * This customer with its contacts' names, phones and e-mails masked, for actors who may not see
     * them (DS-7.2.2).
     */
    public Customer masked() {
        return new Customer(id, legalName, creditCode, classification,
            contacts.stream().map(Contact::masked).toList(), addresses, status, purchases, classificationHistory,
            statusHistory, registeredAt);
    }

    private LocalDate registeredOn(Clock clock) {
        return LocalDate.ofInstant(registeredAt, clock.getZone());
    }

    private Customer withPurchases(PurchaseLedger ledger) {
        return new Customer(id, legalName, creditCode, classification, contacts, addresses, status, ledger,
            classificationHistory, statusHistory, registeredAt);
    }

    private Customer withClassification(Classification next) {
        return new Customer(id, legalName, creditCode, next, contacts, addresses, status, purchases,
            classificationHistory, statusHistory, registeredAt);
    }

    private Customer withHistory(ClassificationChange change) {
        List<ClassificationChange> history = new ArrayList<>(classificationHistory.size() + 1);
        history.addAll(classificationHistory);
        history.add(change);
        return new Customer(id, legalName, creditCode, classification, contacts, addresses, status, purchases,
            history, statusHistory, registeredAt);
    }
}
