package dev.directsupply.customer;

import dev.directsupply.customer.internal.CustomerDocuments;
import dev.directsupply.customer.internal.PurchaseRecords.PurchaseRecord;
import dev.directsupply.customer.internal.PurchaseRecords;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.scope.CustomerAssignment;
import dev.directsupply.kernel.scope.StoredAssignments;
import dev.directsupply.kernel.service.Accepted;
import dev.directsupply.kernel.service.Aggregates;
import dev.directsupply.kernel.service.Pipeline;
import dev.directsupply.kernel.service.Work;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Checkpoint;
import dev.directsupply.kernel.store.CollectionVerification;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.kernel.validation.LookupKeys;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.StoreException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The customer information database (DS-7.1.1) as a service. Every command goes through the kernel's
 * pipeline — permission (DS-7.2.2, DS-7.2.3), validation, decision, one atomic write with its events
 * and a sealed audit entry (DS-7.2.1) — and a refused one changes nothing. Customers come back with
 * contacts' names, phones and e-mails masked unless the actor may see them. Thread-safe and stateless
 * between calls.
 */
public final class CustomerDesk {
    /** The collection customers are stored in. */
    public static final String COLLECTION = "customers";
    /** One document per registered credit code, written with the customer: the uniqueness claim. */
    public static final String CREDIT_CODE_CLAIMS = "customer-credit-codes";
    /** The length of a unified social credit code, the longest key {@link #findByCreditCode} looks up. */
    static final int CREDIT_CODE_LENGTH = 18;
    /** The longest purchase reference ({@link RecordPurchase#reference()}). */
    static final int REFERENCE_LENGTH = 64;

    private final Pipeline pipeline;
    private final Aggregates<Customer> customers;
    private final Aggregates<PurchaseRecord> purchaseRecords;
    /** The credit-code claims, checked against the customers (DS-7.2.1); written only by {@link #register}. */
    private final Aggregates<CreditCodeClaim> claims;
    /** Who looks after each customer (DS-7.2.2); the unscoped handle makes a new customer's first one. */
    private final Aggregates<CustomerAssignment> assignments;
    private final Aggregates<CustomerAssignment> newAssignments;
    private final ScalePolicy scalePolicy;
    private final ImportancePolicy importancePolicy;
    private final Clock clock;

    CustomerDesk(Pipeline pipeline, ClassificationParameters parameters, ImportanceParameters importance) {
        this.pipeline = pipeline;
        // DS-7.2.2: each person reaches the customers in their record scope, and those customers' records.
        this.customers = pipeline.aggregates(COLLECTION, CustomerDocuments.CODEC)
            .scopedAsCustomers(customer -> customer.id().value());
        this.purchaseRecords = pipeline.aggregates(PurchaseRecords.COLLECTION, PurchaseRecords.CODEC)
            .scopedBy(record -> record.customerId().value());
        this.newAssignments = pipeline.aggregates(StoredAssignments.COLLECTION, StoredAssignments.CODEC);
        this.assignments = newAssignments.scopedBy(CustomerAssignment::customer);
        this.claims = pipeline.aggregates(CREDIT_CODE_CLAIMS, CreditCodeClaim.CODEC);
        this.scalePolicy = new ScalePolicy(parameters);
        this.importancePolicy = new ImportancePolicy(importance);
        this.clock = pipeline.clock();
    }

    /**
     * Registers a customer as a {@link CustomerStatus#PROSPECT}: it takes no orders until the admission
     * workflow admits it (DS-3.4). A credit code already registered is a {@link DuplicateCustomer}.
     */
    public Customer register(Actor actor, RegisterCustomer command) {
        return visibleTo(actor, pipeline.acceptToWrite(actor, command).write(work ->
            work.create(customers, registered(command, actor.id(), actor.department(), actor, work))));
    }

    /**
     * Takes in a customer the company already cooperates with (a host's migration): registered, assigned to
     * the owner the import names and active at once, its declared annual purchase counting as confirmed, the
     * reason in its status history and the audit trail. Its own permission keeps this path apart from
     * admission (DS-3.4).
     */
    public Customer importExisting(Actor actor, ImportCustomer command) {
        return visibleTo(actor, pipeline.acceptToWrite(actor, command).write(work -> {
            Changed<Customer> registered = registered(command.customer(), ActorId.of(command.owner()),
                Department.valueOf(command.department()), actor, work);
            Customer prospect = registered.aggregate();
            return work.create(customers, registered.andThen(customer -> customer.admit(CustomerStatusAction.IMPORT,
                prospect.purchases().declaredAnnual(), StrategicImportance.valueOf(command.importance()),
                "imported: " + command.reason().strip(), scalePolicy, actor, clock)));
        }));
    }

    /**
     * Admits a prospect when its admission ends with a signed cooperation agreement (DS-3.4 step 6): only
     * the SDK's admission module holds {@link CustomerPermissions#ADMIT}. The confirmed annual purchase sets
     * the scale tier; the confirmed importance is set.
     */
    public Customer admit(Actor actor, AdmitCustomer command) {
        // DS-3.4: even where a host grants the permission to people, only the SDK's own actors admit.
        if (actor != null && !actor.claimsSystem()) {
            throw new AccessDenied(actor.id(), CustomerPermissions.ADMIT, "DS-3.4",
                "kernel.error.access-denied.no-role");
        }
        return visibleTo(actor, customers.change(actor, command, command.customerId(), customer -> customer.admit(
            CustomerStatusAction.ADMIT,
            Money.of(command.confirmedAnnualPurchase(), scalePolicy.parameters().currency()),
            StrategicImportance.valueOf(command.importance()),
            "admitted by application " + command.application().strip() + ": " + command.reason().strip(), scalePolicy,
            actor, clock)));
    }

    /** The new customer, its credit code claimed and its first assignment, to the owner, made in the same write. */
    private Changed<Customer> registered(RegisterCustomer command, ActorId owner, Department department, Actor actor,
                                         Work work) {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(command.creditCode());
        BigDecimal declared = command.declaredAnnualPurchase() == null ? BigDecimal.ZERO
            : command.declaredAnnualPurchase();
        // A rival registering the same code at the same time loses the race on the claim, tries
        // again and finds it here.
        if (work.holds(CREDIT_CODE_CLAIMS, code.value())) {
            throw new DuplicateCustomer(code.value());
        }
        // No claim, yet a customer holds the code: the claim was deleted (DS-7.2.1). Registering now
        // would hold the enterprise twice, so nothing is, until the claim set is repaired.
        for (Versioned<Customer> holder : customers.stored("creditCode", code.value())) {
            throw new CreditCodeClaimMissing(code.value(), holder.aggregate().id().value());
        }
        CustomerId id = CustomerId.random();
        Profile profile = new Profile(command.legalName().strip(), code,
            command.contacts().stream().map(ContactDetails::toContact).toList(),
            command.addresses().stream().map(AddressDetails::toAddress).toList(), clock.instant());
        work.alongside(DocumentWrite.create(CREDIT_CODE_CLAIMS, code.value(),
            "{\"customerId\":\"" + id.value() + "\"}", Map.of()));
        // DS-7.2.2: whoever registers a customer (or the owner an import names) looks after it until it is
        // assigned anew.
        work.create(newAssignments, Changed.to(CustomerAssignment.first(id.value(), owner, department,
            clock.instant(), actor.id())));
        return Customer.register(id, profile, industryOf(command),
            Money.of(declared, scalePolicy.parameters().currency()), scalePolicy, actor, clock);
    }

    /** Adds a purchase and re-assesses the scale (DS-2.2.1); the same reference twice counts once. */
    public Customer recordPurchase(Actor actor, RecordPurchase command) {
        return visibleTo(actor, pipeline.acceptToWrite(actor, command, this::purchaseFitsThePolicy).write(work -> {
            Money amount = Money.of(command.amount(), scalePolicy.parameters().currency());
            YearMonth month = YearMonth.from(command.purchasedOn());
            String reference = command.reference().strip();
            String recordId = PurchaseRecords.id(command.customerId(), reference);
            // The record is created in the customer's write: a rival recording the same purchase at the
            // same time loses the race on it, tries again, and finds the purchase already counted.
            Optional<Versioned<PurchaseRecord>> earlier = work.findExpectingNone(purchaseRecords, recordId);
            if (earlier.isPresent()) {
                RecordedPurchase recorded = earlier.get().aggregate().recorded();
                if (!recorded.equals(new RecordedPurchase(month, amount))) {
                    throw new ConflictingPurchase(reference, recorded.month(), recorded.amount(), month, amount);
                }
                return work.get(customers, command.customerId()).aggregate();
            }
            Versioned<Customer> current = work.get(customers, command.customerId());
            // The customer first: a reader that finds the record finds the purchase counted.
            Customer saved = work.save(customers, current, current.aggregate().recordPurchase(reference, month,
                amount, scalePolicy, actor, clock)).aggregate();
            work.create(purchaseRecords, Changed.to(new PurchaseRecord(command.customerId(), reference, month, amount,
                clock.instant(), actor.id())));
            return saved;
        }));
    }

    /**
     * Assigns the customer to the person who looks after it (DS-7.2.2); the earlier assignment goes into
     * its history. The assigner must reach the customer, and the new owner then does.
     */
    public CustomerAssignment assign(Actor actor, AssignCustomer command) {
        return pipeline.acceptToWrite(actor, command).write(work -> {
            work.get(customers, command.customerId());
            Versioned<CustomerAssignment> current = work.get(assignments, command.customerId().value());
            return work.save(assignments, current, Changed.to(current.aggregate().reassigned(
                ActorId.of(command.owner()), Department.valueOf(command.department()), clock.instant(), actor.id())))
                .aggregate();
        });
    }

    /** To whom the customer is assigned, with the earlier assignments (DS-7.2.2). */
    public CustomerAssignment assignment(Actor actor, CustomerId id) {
        return assignments.get(actor, CustomerPermissions.VIEW, id);
    }

    /** The purchase recorded for the customer under the reference, if any (DS-7.1.1). */
    public Optional<RecordedPurchase> purchase(Actor actor, CustomerId id, String reference) {
        pipeline.authorize(actor, CustomerPermissions.VIEW);
        List<Violation> missing = new ArrayList<>(2);
        if (id == null) {
            missing.add(Violation.constraint("customerId", "NotNull", ""));
        }
        LookupKeys.problemOf("reference", reference == null ? null : reference.strip(), REFERENCE_LENGTH)
            .ifPresent(missing::add);
        if (!missing.isEmpty()) {
            throw new InvalidCommand("PurchaseLookup", missing);
        }
        pipeline.requireInScope(actor, CustomerPermissions.VIEW, id.value());
        return purchaseRecords.stored(PurchaseRecords.id(id, reference.strip()))
            .map(record -> record.aggregate().recorded());
    }

    /** Sets the strategic importance (DS-2.2.3), with the reason in the classification history. */
    public Customer setStrategicImportance(Actor actor, SetStrategicImportance command) {
        return visibleTo(actor, customers.change(actor, command, command.customerId(), customer -> customer
            .setStrategicImportance(StrategicImportance.valueOf(command.importance()), command.reason().strip(), actor,
                clock)));
    }

    /** Moves the customer to another industry class (DS-2.2.2). */
    public Customer changeIndustry(Actor actor, ChangeIndustry command) {
        return visibleTo(actor, customers.change(actor, command, command.customerId(),
            customer -> customer.changeIndustry(industryOf(command), command.reason().strip(), actor, clock)));
    }

    /** Replaces contacts and addresses. */
    public Customer updateContactDetails(Actor actor, UpdateContactDetails command) {
        return visibleTo(actor, customers.change(actor, command, command.customerId(),
            customer -> customer.updateContactDetails(command.contacts().stream().map(ContactDetails::toContact)
                .toList(), command.addresses().stream().map(AddressDetails::toAddress).toList(), clock)));
    }

    /** Suspends, reinstates or terminates cooperation as the customer lifecycle allows. */
    public Customer changeStatus(Actor actor, ChangeCustomerStatus command) {
        return visibleTo(actor, customers.change(actor, command, command.customerId(), customer -> customer
            .changeStatus(CustomerStatusAction.valueOf(command.action()), command.reason().strip(), actor, clock)));
    }

    /** Re-assesses one customer's scale on today's window and thresholds. */
    public Customer reclassify(Actor actor, Reclassify command) {
        return visibleTo(actor, customers.change(actor, command, command.customerId(),
            customer -> customer.reclassify(command.why(), scalePolicy, actor, clock)));
    }

    /**
     * Re-assesses every customer's scale, page by page: run it monthly (the purchase window moves)
     * and after the thresholds change. Each customer is its own atomic write, repeated on a lost race;
     * a customer that still fails, or cannot be read, is counted and named in the result, and the run
     * goes on.
     */
    public ReclassificationRun reclassifyAll(Actor actor, ReclassifyAll command) {
        Accepted<ReclassifyAll> run = pipeline.accept(actor, command);
        AtomicInteger examined = new AtomicInteger();
        AtomicInteger reassessed = new AtomicInteger();
        AtomicInteger reclassified = new AtomicInteger();
        List<CustomerId> failed = new ArrayList<>();
        customers.forEach(500, scanned -> {
            if (!customers.inScope(actor, scanned.aggregate())) {
                return;
            }
            examined.incrementAndGet();
            CustomerId id = scanned.aggregate().id();
            try {
                AtomicInteger attempt = new AtomicInteger();
                Changed<Customer> decided = run.write(work -> {
                    Versioned<Customer> current = attempt.getAndIncrement() == 0 ? scanned : work.get(customers, id);
                    Changed<Customer> change = current.aggregate().reclassify(command.why(), scalePolicy, actor, clock);
                    work.save(customers, current, change);
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
        }, (unreadable, cause) -> {
            examined.incrementAndGet();
            failed.add(CustomerId.of(unreadable));
        });
        return new ReclassificationRun(examined.get(), reassessed.get(), reclassified.get(), failed);
    }

    /** The customer, masked for actors who may not see contact details. */
    public Customer get(Actor actor, CustomerId id) {
        return visibleTo(actor, customers.get(actor, CustomerPermissions.VIEW, id));
    }

    /**
     * The customer registered under the credit code, if any; the code is compared without surrounding
     * blanks and case.
     *
     * @throws InvalidCommand naming {@code creditCode} when it is missing, blank, longer than a credit code
     *                        (18 characters) or holds a hidden character — every store answers alike
     */
    public Optional<Customer> findByCreditCode(Actor actor, String creditCode) {
        pipeline.authorize(actor, CustomerPermissions.VIEW);
        String code = LookupKeys.require("findByCreditCode", "creditCode",
            UnifiedSocialCreditCode.normalise(creditCode), CREDIT_CODE_LENGTH);
        return customers.findBy(actor, CustomerPermissions.VIEW, "creditCode", code).stream().findFirst()
            .map(found -> visibleTo(actor, found));
    }

    /**
     * The strategic importance the criteria propose for the customer (DS-2.2.3), each criterion explained:
     * management confirms it, or sets another, with a reason ({@link #setStrategicImportance}).
     */
    public ImportanceProposal proposeImportance(Actor actor, CustomerId id) {
        return importancePolicy.propose(get(actor, id), clock);
    }

    /**
     * The active customers whose importance is due for its periodic review (DS-2.2.3), each with the
     * importance the criteria propose now, those whose proposal differs from their importance first.
     */
    public List<ImportanceProposal> importanceReviewsDue(Actor actor) {
        pipeline.authorize(actor, CustomerPermissions.SET_STRATEGIC_IMPORTANCE);
        return customers.findBy(actor, CustomerPermissions.VIEW, "status", CustomerStatus.ACTIVE.name()).stream()
            .filter(customer -> importancePolicy.reviewDue(customer, clock))
            .map(customer -> importancePolicy.propose(customer, clock))
            .sorted(java.util.Comparator.comparing((ImportanceProposal proposal) -> !proposal.differs())
                .thenComparing(proposal -> proposal.customerId().value()))
            .toList();
    }

    /** The customers in a scale tier, in id order. */
    public List<Customer> inScaleTier(Actor actor, ScaleTier tier) {
        pipeline.authorizeQuery(actor, CustomerPermissions.VIEW, "ScaleTier", "tier", tier, "DS-2.2.1");
        return customers.findBy(actor, CustomerPermissions.VIEW, "scaleTier", tier.name()).stream()
            .map(found -> visibleTo(actor, found)).toList();
    }

    /**
     * Checks the customer's audit trail against its hash chain and its stored document, and each of its
     * purchase records; compares the ledger's months with the records, so a record lost or hidden
     * shows (DS-7.2.1).
     */
    public AuditVerification verifyAuditTrail(Actor actor, CustomerId id) {
        AuditVerification customer = customers.verify(actor, CustomerPermissions.VERIFY_AUDIT_TRAIL, id);
        int entries = customer.entries();
        List<String> problems = new ArrayList<>(customer.problems());
        SortedMap<YearMonth, Money> recorded = new TreeMap<>();
        for (Document document : purchaseRecords.documents("customerId", id.value())) {
            String name = "purchase record " + document.id() + ": ";
            try {
                AuditVerification purchase = purchaseRecords.verify(document.id());
                entries += purchase.entries();
                purchase.problems().forEach(problem -> problems.add(name + problem));
                PurchaseRecord record = purchaseRecords.decode(document);
                recorded.merge(record.month(), record.amount(), Money::plus);
            } catch (RuntimeException unreadable) {
                problems.add(name + "cannot be read: " + unreadable.getMessage());
            }
        }
        customers.stored(id.value()).ifPresent(current -> {
            problems.addAll(ledgerAgainstRecords(current.aggregate().purchases(), recorded));
            problems.addAll(claimProblems(current.aggregate()));
        });
        return new AuditVerification(customer.collection(), customer.id(), entries,
            customer.isIntact() ? Math.max(1, customers.stored(id.value()).map(Versioned::version).orElse(1L))
                : customer.firstBroken(), problems);
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

    private Customer visibleTo(Actor actor, Customer customer) {
        return pipeline.allows(actor, CustomerPermissions.VIEW_CONTACT_DETAILS) ? customer : customer.masked();
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

    // ------------------------------------------------------------ audit verification (DS-7.2.1)
    // One block, kept apart from the commands above: AUDITOR (and MANAGEMENT) check that nothing
    // changed unseen, the credit-code claims included.

    /**
     * The customer's audit trail as {@link #verifyAuditTrail(Actor, CustomerId)}, and against a
     * checkpoint: a trail cut short, or a customer deleted with its whole trail, shows (DS-7.2.1).
     */
    public AuditVerification verifyAuditTrail(Actor actor, CustomerId id,
                                              Checkpoint checkpoint) {
        AuditVerification customer = customers.auditTrails(actor, CustomerPermissions.VERIFY_AUDIT_TRAIL)
            .verify(Aggregates.require(id), checkpoint);
        List<String> problems = new ArrayList<>(customer.problems());
        customers.stored(id.value()).ifPresent(current -> problems.addAll(claimProblems(current.aggregate())));
        return new AuditVerification(customer.collection(), customer.id(), customer.entries(),
            customer.firstBroken(), problems);
    }

    /**
     * Every customer's audit trail and every purchase record's, with the first broken version of each
     * broken one, and the credit-code claims against the customers: a customer whose claim is gone
     * or names another, and a claim that names no customer holding its code (DS-7.2.1).
     */
    public CollectionVerification verifyAuditTrails(Actor actor) {
        return withClaims(actor, customers.auditTrails(actor, CustomerPermissions.VERIFY_AUDIT_TRAIL).verifyAll());
    }

    /** As {@link #verifyAuditTrails(Actor)}, the customers against a checkpoint, those deleted since included. */
    public CollectionVerification verifyAuditTrails(Actor actor,
            Checkpoint checkpoint) {
        return withClaims(actor,
            customers.auditTrails(actor, CustomerPermissions.VERIFY_AUDIT_TRAIL).verifyAll(checkpoint));
    }

    /** The head of every customer's trail now, sealed: export it and keep it outside the database (DS-7.2.1). */
    public Checkpoint auditCheckpoint(Actor actor) {
        return customers.auditTrails(actor, CustomerPermissions.VERIFY_AUDIT_TRAIL).checkpoint();
    }

    /** The purchase records' trails and the credit-code claims joined to the customers' verification. */
    private CollectionVerification withClaims(Actor actor,
            CollectionVerification verified) {
        java.util.Map<String, AuditVerification> broken = new java.util.LinkedHashMap<>();
        verified.broken().forEach(each -> broken.put(each.id(), each));
        long[] counted = {verified.aggregates(), verified.entries()};
        customers.forEach(500, current -> {
            List<String> problems = claimProblems(current.aggregate());
            if (!problems.isEmpty()) {
                String id = current.aggregate().id().value();
                AuditVerification before = broken.get(id);
                List<String> all = new ArrayList<>(before == null ? List.of() : before.problems());
                all.addAll(problems);
                broken.put(id, new AuditVerification(COLLECTION, id, before == null ? 0 : before.entries(),
                    before == null ? current.version() : before.firstBroken(), all));
            }
        }, (unreadable, cause) -> { });
        List<String> problems = new ArrayList<>(verified.problems());
        claims.forEachDocument(500, claim -> {
            String holder;
            try {
                holder = claims.decode(claim).customerId();
            } catch (RuntimeException unreadable) {
                problems.add("credit-code claim " + claim.id() + " cannot be read: " + unreadable.getMessage());
                return;
            }
            boolean holds = customers.stored(holder).map(customer -> customer.aggregate().creditCode().value()
                .equals(claim.id())).orElse(false);
            if (!holds) {
                problems.add("credit-code claim " + claim.id() + " names customer " + holder
                    + ", who is not registered under that code");
            }
        });
        List<AuditVerification> all = new ArrayList<>(broken.values());
        CollectionVerification records =
            purchaseRecords.auditTrails(actor, CustomerPermissions.VERIFY_AUDIT_TRAIL).verifyAll();
        all.addAll(records.broken());
        counted[0] += records.aggregates();
        counted[1] += records.entries();
        return new CollectionVerification(COLLECTION, counted[0], counted[1],
            verified.againstCheckpoint(), problems, all);
    }

    /** What is wrong with the customer's credit-code claim: gone, or naming another customer. */
    private List<String> claimProblems(Customer customer) {
        String code = customer.creditCode().value();
        Optional<Versioned<CreditCodeClaim>> claim;
        try {
            claim = claims.stored(code);
        } catch (RuntimeException unreadable) {
            return List.of("the credit-code claim " + code + " cannot be read: " + unreadable.getMessage());
        }
        if (claim.isEmpty()) {
            return List.of("the credit-code claim " + code + " is missing: another customer could register "
                + "the same code");
        }
        String holder = claim.get().aggregate().customerId();
        return holder.equals(customer.id().value()) ? List.of()
            : List.of("the credit-code claim " + code + " names customer " + holder + ", not this one");
    }

    /** A credit-code claim as stored: the customer it keeps the code for. Read only; {@link #register} writes it. */
    record CreditCodeClaim(String customerId) {
        static final dev.directsupply.kernel.store.DocumentCodec<CreditCodeClaim> CODEC =
            new dev.directsupply.kernel.store.DocumentCodec<>() {
                @Override
                public String id(CreditCodeClaim claim) {
                    throw new UnsupportedOperationException("claims are written by register, not through this codec");
                }

                @Override
                public String encode(CreditCodeClaim claim) {
                    return "{\"customerId\":\"" + claim.customerId() + "\"}";
                }

                /** The body {@link #register} wrote, read in canonical form (a store may reformat it). */
                @Override
                public CreditCodeClaim decode(String body) {
                    String canonical = dev.directsupply.kernel.codec.Json.canonical(body);
                    String start = "{\"customerId\":\"";
                    if (!canonical.startsWith(start) || !canonical.endsWith("\"}")
                        || canonical.length() <= start.length() + 2) {
                        throw new IllegalArgumentException("not a credit-code claim: " + canonical);
                    }
                    return new CreditCodeClaim(canonical.substring(start.length(), canonical.length() - 2));
                }

                @Override
                public Map<String, String> attributes(CreditCodeClaim claim) {
                    return Map.of();
                }
            };
    }
}
