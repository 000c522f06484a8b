package dev.directsupply.customer;

import dev.directsupply.customer.internal.CustomerDocuments;
import dev.directsupply.customer.internal.PurchaseRecords;
import dev.directsupply.customer.internal.PurchaseRecords.PurchaseRecord;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ConcurrencyConflict;
import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.store.AggregateRepository;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Retry;
import dev.directsupply.kernel.store.UnitOfWork;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.StoreException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The customer information database (DS-7.1.1) as an application service. Every call names the
 * acting {@link Actor} and goes: check permission (DS-7.2.2, DS-7.2.3) → validate the command →
 * load → decide → save the new version with its events and a sealed audit entry in one atomic
 * write. A rejected command changes nothing. Customers come back with contacts' phones and e-mails
 * masked unless the actor may see them. Thread-safe and stateless between calls.
 */
public final class CustomerRegistry {
    /** The collection customers are stored in. */
    public static final String COLLECTION = "customers";
    /** One document per registered credit code, written with the customer: the uniqueness claim. */
    public static final String CREDIT_CODE_CLAIMS = "customer-credit-codes";
    /** Attempts per command before a conflict reaches the caller: ample for bursts on one customer. */
    private static final int RETRIES = Retry.ATTEMPTS;

    private final DocumentStore store;
    private final AggregateRepository<Customer> customers;
    private final AggregateRepository<PurchaseRecord> purchaseRecords;
    private final CommandValidator validator;
    private final AccessPolicy access;
    private final ScalePolicy scalePolicy;
    private final Clock clock;

    public CustomerRegistry(DocumentStore store, CommandValidator validator, AccessPolicy access,
                            ClassificationParameters parameters, AuditSeal seal, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.customers = new AggregateRepository<>(store, COLLECTION, CustomerDocuments.INSTANCE,
            JsonEventCodec.INSTANCE, seal, clock);
        this.purchaseRecords = new AggregateRepository<>(store, PurchaseRecords.COLLECTION, PurchaseRecords.CODEC,
            JsonEventCodec.INSTANCE, seal, clock);
        this.validator = Objects.requireNonNull(validator, "validator");
        this.access = Objects.requireNonNull(access, "access");
        this.scalePolicy = new ScalePolicy(parameters);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Registers a customer; a credit code already registered is a {@link DuplicateCustomer}. */
    public Customer register(Actor actor, RegisterCustomer command) {
        access.check(actor, CustomerPermissions.REGISTER);
        validator.validate(command);
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(command.creditCode());
        CustomerId id = CustomerId.random();
        BigDecimal declared = command.declaredAnnualPurchase() == null ? BigDecimal.ZERO
            : command.declaredAnnualPurchase();
        Changed<Customer> registered = Customer.register(id, command.legalName().strip(), code,
            industryOf(command), Money.of(declared, scalePolicy.parameters().currency()),
            command.contacts().stream().map(ContactDetails::toContact).toList(),
            command.addresses().stream().map(AddressDetails::toAddress).toList(), scalePolicy, actor, clock);
        DocumentWrite claim = DocumentWrite.create(CREDIT_CODE_CLAIMS, code.value(),
            "{\"customerId\":\"" + id.value() + "\"}", Map.of());
        try {
            return visibleTo(actor, customers.create(registered, actor, "RegisterCustomer", List.of(claim)));
        } catch (ConcurrencyConflict conflict) {
            if (conflict.kind().equals(CREDIT_CODE_CLAIMS)) {
                throw new DuplicateCustomer(code.value());
            }
            throw conflict;
        }
    }

    /** Adds a purchase and re-assesses the scale (DS-2.2.1); the same reference twice counts once. */
    public Customer recordPurchase(Actor actor, RecordPurchase command) {
        access.check(actor, CustomerPermissions.RECORD_PURCHASE);
        validator.validate(command, this::purchaseFitsThePolicy);
        Money amount = Money.of(command.amount(), scalePolicy.parameters().currency());
        YearMonth month = YearMonth.from(command.purchasedOn());
        String reference = command.reference().strip();
        CustomerId id = command.customerId();
        String recordId = PurchaseRecords.id(id, reference);
        // The record is created in the customer's write: a rival recording the same purchase at the
        // same time loses the race on it, retries, and finds the purchase already counted.
        return visibleTo(actor, Retry.onConflict(RETRIES, () -> {
            Optional<Versioned<PurchaseRecord>> earlier = purchaseRecords.find(recordId);
            if (earlier.isPresent()) {
                RecordedPurchase recorded = earlier.get().aggregate().recorded();
                if (!recorded.equals(new RecordedPurchase(month, amount))) {
                    throw new ConflictingPurchase(reference, recorded.month(), recorded.amount(), month, amount);
                }
                return customers.get(id.value());
            }
            Versioned<Customer> current = customers.get(id.value());
            Changed<Customer> change = current.aggregate().recordPurchase(reference, month, amount, scalePolicy,
                actor, clock);
            UnitOfWork work = new UnitOfWork(store);
            // The customer first: a reader that finds the record finds the purchase counted.
            Versioned<Customer> saved = work.save(customers, current, change, actor, "RecordPurchase");
            work.create(purchaseRecords, Changed.to(new PurchaseRecord(id, reference, month, amount, clock.instant(),
                actor.id())), actor, "RecordPurchase");
            work.commit();
            return saved;
        }));
    }

    /** The purchase recorded for the customer under the reference, if any (DS-7.1.1). */
    public Optional<RecordedPurchase> purchase(Actor actor, CustomerId id, String reference) {
        access.check(actor, CustomerPermissions.VIEW);
        requireId(id);
        if (reference == null || reference.isBlank()) {
            throw new InvalidCommand("PurchaseLookup", List.of(Violation.constraint("reference", "NotBlank", "")));
        }
        return purchaseRecords.find(PurchaseRecords.id(id, reference.strip()))
            .map(record -> record.aggregate().recorded());
    }

    /** Sets the strategic importance (DS-2.2.3), with the reason in the classification history. */
    public Customer setStrategicImportance(Actor actor, SetStrategicImportance command) {
        access.check(actor, CustomerPermissions.SET_STRATEGIC_IMPORTANCE);
        validator.validate(command);
        StrategicImportance importance = StrategicImportance.valueOf(command.importance());
        return change(actor, command.customerId(), "SetStrategicImportance",
            customer -> customer.setStrategicImportance(importance, command.reason().strip(), actor, clock));
    }

    /** Moves the customer to another industry class (DS-2.2.2). */
    public Customer changeIndustry(Actor actor, ChangeIndustry command) {
        access.check(actor, CustomerPermissions.CHANGE_INDUSTRY);
        validator.validate(command);
        IndustryClassification industry = industryOf(command);
        return change(actor, command.customerId(), "ChangeIndustry",
            customer -> customer.changeIndustry(industry, command.reason().strip(), actor, clock));
    }

    /** Replaces contacts and addresses. */
    public Customer updateContactDetails(Actor actor, UpdateContactDetails command) {
        access.check(actor, CustomerPermissions.UPDATE_CONTACT_DETAILS);
        validator.validate(command);
        List<Contact> contacts = command.contacts().stream().map(ContactDetails::toContact).toList();
        List<Address> addresses = command.addresses().stream().map(AddressDetails::toAddress).toList();
        return change(actor, command.customerId(), "UpdateContactDetails",
            customer -> customer.updateContactDetails(contacts, addresses, clock));
    }

    /** Suspends, reinstates or terminates cooperation as the customer lifecycle allows. */
    public Customer changeStatus(Actor actor, ChangeCustomerStatus command) {
        access.check(actor, CustomerPermissions.CHANGE_STATUS);
        validator.validate(command);
        CustomerStatusAction action = CustomerStatusAction.valueOf(command.action());
        return change(actor, command.customerId(), "ChangeCustomerStatus",
            customer -> customer.changeStatus(action, command.reason().strip(), actor, clock));
    }

    /** Re-assesses one customer's scale on today's window and thresholds. */
    public Customer reclassify(Actor actor, CustomerId id, String reason) {
        access.check(actor, CustomerPermissions.RECLASSIFY);
        requireId(id);
        String why = reasonOrDefault(reason);
        return change(actor, id, "Reclassify", customer -> customer.reclassify(why, scalePolicy, actor, clock));
    }

    /**
     * Re-assesses every customer's scale, page by page: run it monthly (the purchase window moves)
     * and after the thresholds change. Each customer is its own atomic write, repeated on a lost race;
     * a customer that still fails is counted and named in the result, and the run goes on.
     */
    public ReclassificationRun reclassifyAll(Actor actor, String reason) {
        access.check(actor, CustomerPermissions.RECLASSIFY);
        String why = reasonOrDefault(reason);
        AtomicInteger examined = new AtomicInteger();
        AtomicInteger reassessed = new AtomicInteger();
        AtomicInteger reclassified = new AtomicInteger();
        List<CustomerId> failed = new ArrayList<>();
        customers.forEach(500, scanned -> {
            examined.incrementAndGet();
            CustomerId id = scanned.aggregate().id();
            try {
                AtomicInteger attempt = new AtomicInteger();
                Changed<Customer> decided = Retry.onConflict(RETRIES, () -> {
                    Versioned<Customer> current = attempt.getAndIncrement() == 0 ? scanned : customers.get(id.value());
                    Changed<Customer> change = current.aggregate().reclassify(why, scalePolicy, actor, clock);
                    customers.save(current, change, actor, "Reclassify");
                    return change;
                });
                if (!decided.isNothing()) {
                    reassessed.incrementAndGet();
                    if (!decided.events().isEmpty()) {
                        reclassified.incrementAndGet();
                    }
                }
            } catch (DirectSupplyException | StoreException | IllegalArgumentException e) {
                failed.add(id);
            }
        }, (undecodable, cause) -> {
            examined.incrementAndGet();
            failed.add(CustomerId.of(undecodable));
        });
        return new ReclassificationRun(examined.get(), reassessed.get(), reclassified.get(), failed);
    }

    /** The customer, masked for actors who may not see contact details. */
    public Customer get(Actor actor, CustomerId id) {
        access.check(actor, CustomerPermissions.VIEW);
        requireId(id);
        return visibleTo(actor, customers.get(id.value()));
    }

    /** The customer registered under the credit code, if any. */
    public Optional<Customer> findByCreditCode(Actor actor, String creditCode) {
        access.check(actor, CustomerPermissions.VIEW);
        String code = UnifiedSocialCreditCode.normalise(creditCode);
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        return customers.findBy("creditCode", code).stream().findFirst().map(found -> visibleTo(actor, found));
    }

    /** The customers in a scale tier, in id order. */
    public List<Customer> inScaleTier(Actor actor, ScaleTier tier) {
        access.check(actor, CustomerPermissions.VIEW);
        if (tier == null) {
            throw new InvalidCommand("ScaleTier", List.of(Violation.constraint("tier", "NotNull", "DS-2.2.1")));
        }
        return customers.findBy("scaleTier", tier.name()).stream().map(found -> visibleTo(actor, found)).toList();
    }

    /** Checks the customer's audit trail against its hash chain and its stored document (DS-7.2.1). */
    public AuditVerification verifyAuditTrail(Actor actor, CustomerId id) {
        access.check(actor, CustomerPermissions.VERIFY_AUDIT_TRAIL);
        requireId(id);
        AuditVerification customer = customers.verify(id.value());
        int entries = customer.entries();
        List<String> problems = new ArrayList<>(customer.problems());
        SortedMap<YearMonth, Money> recorded = new TreeMap<>();
        for (Document document : store.findBy(PurchaseRecords.COLLECTION, "customerId", id.value())) {
            String name = "purchase record " + document.id() + ": ";
            try {
                AuditVerification purchase = purchaseRecords.verify(document.id());
                entries += purchase.entries();
                purchase.problems().forEach(problem -> problems.add(name + problem));
                PurchaseRecord record = PurchaseRecords.CODEC.decode(document.body());
                recorded.merge(record.month(), record.amount(), Money::plus);
            } catch (RuntimeException unreadable) {
                problems.add(name + "cannot be read: " + unreadable.getMessage());
            }
        }
        customers.find(id.value()).ifPresent(current -> problems.addAll(
            ledgerAgainstRecords(current.aggregate().purchases(), recorded)));
        return new AuditVerification(customer.collection(), customer.id(), entries, problems);
    }

    /**
     * The ledger's months against the purchase records: a record lost or hidden leaves a month whose
     * total the records no longer reach. Months the ledger has already dropped are not compared.
     */
    private List<String> ledgerAgainstRecords(PurchaseLedger ledger, SortedMap<YearMonth, Money> recorded) {
        List<String> problems = new ArrayList<>();
        YearMonth keepFrom = scalePolicy.keepFrom(LocalDate.now(clock));
        Money zero = Money.zero(ledger.currency());
        ledger.monthly().forEach((month, total) -> {
            Money found = recorded.getOrDefault(month, zero);
            if (!found.equals(total)) {
                problems.add("the purchases of " + month + " total " + total + " but its records " + found);
            }
        });
        recorded.forEach((month, total) -> {
            if (!month.isBefore(keepFrom) && !ledger.monthly().containsKey(month)) {
                problems.add("records of " + month + " total " + total + " that the purchases do not count");
            }
        });
        return problems;
    }

    private Customer change(Actor actor, CustomerId id, String action, Function<Customer, Changed<Customer>> decide) {
        return visibleTo(actor, Retry.onConflict(RETRIES, () -> customers.update(id.value(), actor, action, decide)));
    }

    private Customer visibleTo(Actor actor, Versioned<Customer> customer) {
        return access.allows(actor, CustomerPermissions.VIEW_CONTACT_DETAILS) ? customer.aggregate()
            : customer.aggregate().masked();
    }

    /** The purchase is in the policy's currency and within the purchase history a customer keeps. */
    private List<Violation> purchaseFitsThePolicy(RecordPurchase command) {
        List<Violation> violations = new ArrayList<>(2);
        String expected = scalePolicy.parameters().currency().getCurrencyCode();
        if (command.currency() != null && !command.currency().equals(expected)) {
            violations.add(Violation.of("currency", "customer.constraint.currency", "DS-2.2.1",
                Map.of("invalidValue", command.currency(), "expected", expected)));
        }
        YearMonth keepFrom = scalePolicy.keepFrom(LocalDate.now(clock));
        if (command.purchasedOn() != null && YearMonth.from(command.purchasedOn()).isBefore(keepFrom)) {
            violations.add(Violation.of("purchasedOn", "customer.constraint.purchase-too-old", "DS-7.1.1",
                Map.of("invalidValue", command.purchasedOn(), "keepFrom", keepFrom)));
        }
        return violations;
    }

    private static IndustryClassification industryOf(IndustryCodes codes) {
        return new IndustryClassification(Industry.valueOf(codes.industry()),
            codes.subIndustry() == null ? null : SubIndustry.valueOf(codes.subIndustry()));
    }

    private static String reasonOrDefault(String reason) {
        return reason == null || reason.isBlank() ? "scheduled re-assessment" : reason.strip();
    }

    private static void requireId(CustomerId id) {
        if (id == null) {
            throw new InvalidCommand("CustomerId", List.of(Violation.constraint("customerId", "NotNull", "")));
        }
    }
}
