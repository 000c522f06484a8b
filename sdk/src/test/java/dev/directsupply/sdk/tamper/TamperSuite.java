package dev.directsupply.sdk.tamper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.ImportCustomer;
import dev.directsupply.testing.Staff;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.SetStrategicImportance;
import dev.directsupply.customer.CreditCodeClaimMissing;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.DomainEvent;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.codec.JsonEventCodec;
import dev.directsupply.kernel.store.AggregateRepository;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.kernel.store.Changed;
import dev.directsupply.kernel.store.Checkpoint;
import dev.directsupply.kernel.store.CollectionVerification;
import dev.directsupply.kernel.store.DocumentCodec;
import dev.directsupply.kernel.store.EventSeals;
import dev.directsupply.kernel.store.EventVerification;
import dev.directsupply.kernel.store.Versioned;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.risk.account.CreditAccounts;
import dev.directsupply.risk.account.InvoiceId;
import dev.directsupply.risk.receivables.Invoice;
import dev.directsupply.risk.receivables.IssueInvoice;
import dev.directsupply.risk.receivables.ReceivablesDesk;
import dev.directsupply.risk.register.IdentifyRisk;
import dev.directsupply.sdk.AgreementsOnRecord;
import dev.directsupply.sdk.DirectSupply;
import dev.directsupply.sdk.EventRelay;
import dev.directsupply.sdk.RelayListener;
import dev.directsupply.kernel.Money;
import dev.directsupply.orders.order.AgreedPrice;
import dev.directsupply.orders.order.CancelOrder;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.risk.account.CompanyData;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.account.RecordGuarantee;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tamper suite (DS-7.2.1): each case edits the database behind the SDK's back as an attacker
 * with database access would — with the host's audit key set, which the attacker does not hold —
 * and an AUDITOR's verification, or the check of an outbox event, must show it. Subclasses run it
 * in memory, on H2 and on PostgreSQL. The figures (cases tried and detected, false alarms) are
 * printed per store when a subclass finishes.
 */
abstract class TamperSuite {
    private static final byte[] KEY = "the host's audit key, kept apart".getBytes(StandardCharsets.UTF_8);
    private static final AuditSeal SEAL = AuditSeal.withKey(KEY);
    private static final Actor SALES = Actor.of("li.na", Department.SALES, Role.SALES);
    private static final Actor SALES_MANAGER = Actor.of("wang.fang", Department.SALES, Role.SALES_MANAGER);
    private static final Actor FINANCE = Actor.of("zhao.lei", Department.FINANCE, Role.FINANCE);
    private static final Actor AUDITOR = Actor.of("sun.li", Department.AUDIT, Role.AUDITOR);
    private static final Actor CREDIT = Actor.of("qian.yu", Department.CREDIT, Role.CREDIT_MANAGER);
    private static final ProductCode SOY_SAUCE = ProductCode.of("P-100");
    /** The risk module's reaction to a cancelled order: it gives the order's credit back. */
    private static final String CREDIT_ON_CANCEL = "credit-on-cancel";
    private static final String FIRST_17 = "913100000000000" + "01";
    private static final String CREDIT_CODE = FIRST_17 + UnifiedSocialCreditCode.checkCharacter(FIRST_17);
    /** Per store: cases tried, cases detected, false alarms. */
    private static final Map<String, int[]> FIGURES = new ConcurrentHashMap<>();

    private final ManualClock clock = ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE);
    private Tampering tamper;
    private DirectSupply sdk;
    private EventSeals seals;
    private Customer customer;
    private Invoice invoice;
    /** What the relay told the host of its notes: subscriber, then what. */
    private final List<String> tampered = new CopyOnWriteArrayList<>();
    private int orders;

    /** A fresh store of the kind under test, and the means to edit it behind the SDK's back. */
    abstract Tampering tampering();

    /** The store's name in the figures. */
    abstract String storeName();

    @BeforeEach
    void aCustomerWithAnInvoiceAndARisk() {
        tamper = tampering();
        InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue()
            .add(new Product(SOY_SAUCE, "酱油", Set.of("500ml"), Set.of("case"), 5, 365, true));
        StockAndCapacity stock = new StockAndCapacity(catalogue)
            .stock(SOY_SAUCE, "500ml", new BigDecimal("1000")).dailyOutput(SOY_SAUCE, new BigDecimal("200"));
        sdk = DirectSupply.builder().store(tamper.store()).clock(clock).auditKey(KEY)
            .confidentialityRegister((person, day) -> true)
            .catalogue(catalogue).supply(stock).production(stock)
            .companyFacts(id -> new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
                Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()))
            .relayListener(new RelayListener() {
                @Override
                public void tampered(String subscriber, String what) {
                    tampered.add(subscriber + ": " + what);
                }
            }).build();
        seals = new EventSeals(tamper.store(), SEAL, JsonEventCodec.INSTANCE);
        customer = sdk.customers().importExisting(Staff.MANAGEMENT, new ImportCustomer(
            new RegisterCustomer("上海味道餐饮管理有限公司", CREDIT_CODE,
            "SERVICES", "CATERING", new BigDecimal("2000000"), List.of(), List.of()), Staff.SALES.id().value(), "SALES", "GENERAL",
            "an existing customer"));
        invoice = sdk.receivables().issueInvoice(FINANCE, new IssueInvoice(InvoiceId.of("INV-1"), customer.id(), null,
            new BigDecimal("1000.00"), LocalDate.parse("2026-03-15")));
        sdk.riskRegister().identify(SALES_MANAGER, new IdentifyRisk("CREDIT", "CUSTOMER", customer.id().value(),
            "付款延迟", "wang.fang"));
    }

    @AfterEach
    void closeTheStore() {
        sdk.close();
        tamper.close();
    }

    @AfterAll
    static void printTheFigures() {
        FIGURES.forEach((store, figures) -> System.out.printf("DS-7.2.1 tamper suite on %s: %d cases tried, %d "
            + "detected; %d false alarms%n", store, figures[0], figures[1], figures[2]));
    }

    private void tried(boolean detected) {
        int[] figures = FIGURES.computeIfAbsent(storeName(), store -> new int[3]);
        synchronized (figures) {
            figures[0]++;
            figures[1] += detected ? 1 : 0;
        }
    }

    private void falseAlarms(int count) {
        int[] figures = FIGURES.computeIfAbsent(storeName(), store -> new int[3]);
        synchronized (figures) {
            figures[2] += count;
        }
    }

    private CustomerId customerId() {
        return customer.id();
    }

    /** The customer at version 3: registered, then its strategic importance set twice. */
    private Document customerAtVersion3(List<Document> rows) {
        rows.add(tamper.store().read(CustomerDesk.COLLECTION, customerId().value()).orElseThrow());
        sdk.customers().setStrategicImportance(SALES_MANAGER, new SetStrategicImportance(customerId(), "IMPORTANT",
            "年采购额增长"));
        rows.add(tamper.store().read(CustomerDesk.COLLECTION, customerId().value()).orElseThrow());
        sdk.customers().setStrategicImportance(SALES_MANAGER, new SetStrategicImportance(customerId(), "CORE",
            "战略合作"));
        Document third = tamper.store().read(CustomerDesk.COLLECTION, customerId().value()).orElseThrow();
        rows.add(third);
        assertThat(third.version()).isEqualTo(3);
        return third;
    }

    @Test
    @DisplayName("DS-7.2.1 an invoice's amount edited in its row (audit key set) shows in its verification")
    void givenInvoiceBodyEdited_whenVerified_thenBroken() {
        Document row = tamper.store().read(ReceivablesDesk.INVOICES, "INV-1").orElseThrow();
        String edited = row.body().replace("1000.00", "1.00");
        assertThat(edited).isNotEqualTo(row.body());

        tamper.putRow(new Document(row.collection(), row.id(), row.version(), edited, row.attributes(),
            row.auditHash()));

        AuditVerification checked = sdk.receivables().verifyInvoiceTrail(AUDITOR, invoice.id());
        CollectionVerification all = sdk.receivables().verifyInvoiceTrails(AUDITOR);
        tried(!checked.isIntact() && all.broken().size() == 1);
        assertThat(checked.problems()).anyMatch(problem -> problem.contains("body differs"));
        assertThat(checked.firstBroken()).isEqualTo(1);
        assertThat(all.broken()).extracting(AuditVerification::id).containsExactly("INV-1");
    }

    @Test
    @DisplayName("DS-7.2.1 an outbox event's payload edited (an invoice of 1.00) is caught before a subscriber gets it")
    void givenEventPayloadEdited_whenChecked_thenBroken() {
        PendingEvent issued = tamper.store().pendingEvents(100).stream()
            .filter(pending -> pending.event().collection().equals(ReceivablesDesk.INVOICES)).findFirst().orElseThrow();
        String edited = Json.canonical(issued.event().payload()).replace("1000", "1");
        assertThat(edited).isNotEqualTo(Json.canonical(issued.event().payload()));

        tamper.editPayload(issued.event().eventId(), edited);

        OutboxEvent read = tamper.store().pendingEvents(100).stream().map(PendingEvent::event)
            .filter(event -> event.eventId().equals(issued.event().eventId())).findFirst().orElseThrow();
        EventVerification checked = seals.verify(read);
        tried(checked.status() == EventVerification.Status.BROKEN);
        assertThat(checked.status()).isEqualTo(EventVerification.Status.BROKEN);
        assertThat(checked.problems()).singleElement().asString().contains("differs from every event");
    }

    @Test
    @DisplayName("DS-7.2.1 a deleted credit-code claim shows in verification, and registration refuses the same code")
    void givenClaimDeleted_whenVerifiedAndRegisteredAgain_thenShownAndRefused() {
        tamper.deleteDocument(CustomerDesk.CREDIT_CODE_CLAIMS, CREDIT_CODE);

        CollectionVerification all = sdk.customers().verifyAuditTrails(AUDITOR);
        AuditVerification one = sdk.customers().verifyAuditTrail(AUDITOR, customerId());
        tried(!all.isIntact() && !one.isIntact());
        assertThat(all.broken()).singleElement().satisfies(broken -> assertThat(broken.problems())
            .anyMatch(problem -> problem.contains("claim " + CREDIT_CODE + " is missing")));
        assertThat(one.problems()).anyMatch(problem -> problem.contains("is missing"));
        assertThatThrownBy(() -> sdk.customers().register(SALES, new RegisterCustomer("上海味道餐饮（第二）有限公司",
            CREDIT_CODE, "SERVICES", "CATERING", new BigDecimal("1"), List.of(), List.of())))
            .isInstanceOf(CreditCodeClaimMissing.class)
            .satisfies(refused -> assertThat(((CreditCodeClaimMissing) refused).customerId())
                .isEqualTo(customerId().value()));
        assertThat(sdk.customers().verifyAuditTrails(AUDITOR).aggregates()).isEqualTo(all.aggregates());
    }

    @Test
    @DisplayName("DS-7.2.1 a look-up value edited where the store's look-ups read it shows in the collection's verification")
    void givenAttributeEdited_whenVerified_thenBroken() {
        tamper.editIndex(CustomerDesk.COLLECTION, customerId().value(), "creditCode", "91310000000000099X");

        CollectionVerification all = sdk.customers().verifyAuditTrails(AUDITOR);

        tried(!all.isIntact());
        assertThat(all.broken()).singleElement().satisfies(broken -> {
            assertThat(broken.id()).isEqualTo(customerId().value());
            assertThat(broken.problems()).anyMatch(problem -> problem.contains("look-up"));
        });
    }

    @Test
    @DisplayName("DS-7.2.1 a deleted audit entry breaks the chain at its version")
    void givenEntryDeleted_whenVerified_thenBrokenAtIt() {
        customerAtVersion3(new ArrayList<>());

        tamper.deleteEntry(CustomerDesk.COLLECTION, customerId().value(), 2);

        AuditVerification checked = sdk.customers().verifyAuditTrail(AUDITOR, customerId());
        tried(!checked.isIntact());
        assertThat(checked.firstBroken()).isEqualTo(2);
    }

    @Test
    @DisplayName("DS-7.2.1 audit entries reordered break the chain at the first moved")
    void givenEntriesReordered_whenVerified_thenBroken() {
        customerAtVersion3(new ArrayList<>());

        tamper.swapEntries(CustomerDesk.COLLECTION, customerId().value(), 1, 2);

        AuditVerification checked = sdk.customers().verifyAuditTrail(AUDITOR, customerId());
        tried(!checked.isIntact());
        assertThat(checked.firstBroken()).isEqualTo(1);
    }

    @Test
    @DisplayName("DS-7.2.1 the newest version and its entry dropped and the previous row put back: caught against a checkpoint")
    void givenTruncationAndReplay_whenVerifiedAgainstCheckpoint_thenBroken() {
        List<Document> rows = new ArrayList<>();
        customerAtVersion3(rows);
        Checkpoint checkpoint = Checkpoint.parse(sdk.customers().auditCheckpoint(AUDITOR).export());

        tamper.deleteEntry(CustomerDesk.COLLECTION, customerId().value(), 3);
        tamper.putRow(rows.get(1));

        assertThat(sdk.customers().verifyAuditTrail(AUDITOR, customerId()).isIntact())
            .as("the chain alone cannot tell: what is left is intact").isTrue();
        AuditVerification checked = sdk.customers().verifyAuditTrail(AUDITOR, customerId(), checkpoint);
        CollectionVerification all = sdk.customers().verifyAuditTrails(AUDITOR, checkpoint);
        tried(!checked.isIntact() && !all.isIntact());
        assertThat(checked.firstBroken()).isEqualTo(3);
        assertThat(checked.problems()).anyMatch(problem -> problem.contains("cut off"));
        assertThat(all.broken()).extracting(AuditVerification::id).containsExactly(customerId().value());
    }

    @Test
    @DisplayName("DS-7.2.1 a credit account deleted with its whole trail is tampering against a checkpoint, not NotFound")
    void givenAggregateDeletedWhole_whenVerifiedAgainstCheckpoint_thenBroken() {
        Checkpoint checkpoint = Checkpoint.parse(sdk.credit().accountCheckpoint(AUDITOR).export());

        tamper.deleteDocument(CreditAccounts.ACCOUNTS, customerId().value());
        tamper.deleteTrail(CreditAccounts.ACCOUNTS, customerId().value());

        assertThatThrownBy(() -> sdk.credit().verifyAccountTrail(AUDITOR, customerId())).isInstanceOf(NotFound.class);
        AuditVerification checked = sdk.credit().verifyAccountTrail(AUDITOR, customerId(), checkpoint);
        CollectionVerification all = sdk.credit().verifyAccountTrails(AUDITOR, checkpoint);
        tried(!checked.isIntact() && !all.isIntact());
        assertThat(checked.problems()).singleElement().asString().contains("whole trail are gone");
        assertThat(all.broken()).extracting(AuditVerification::id).containsExactly(customerId().value());
    }

    /** An order of 300 cases, submitted and reviewed: approved, its credit reserved. */
    private Order anApprovedOrder() {
        Order submitted = sdk.orders().submit(SALES, new SubmitOrder("k-" + orders++, customerId(), "EDI", null,
            List.of(new SubmittedLine("P-100", "500ml", new BigDecimal("300"), "case", new BigDecimal("120.00"))),
            LocalDate.parse("2026-04-10"), "SH-WH1", null));
        Order reviewed = sdk.orders().review(SALES, new ReviewOrder(submitted.id()));
        assertThat(reviewed.status()).isEqualTo(OrderStatus.APPROVED);
        return reviewed;
    }

    private Optional<?> reservation(Order order) {
        return sdk.credit().account(FINANCE, customerId())
            .reservation(OrderReference.of(order.id().value(), order.revision()));
    }

    private void cancel(Order order) {
        sdk.orders().cancel(SALES, new CancelOrder(order.id(), "the customer's plant is closed", "Ms Chen", "PHONE"));
    }

    @Test
    @DisplayName("DS-7.2.1 a forged receipt in the risk module's relay ledger does not keep a cancelled order's credit: "
        + "the relay distrusts the note, delivers the cancellation, and the host hears")
    void givenForgedRelayNote_whenRelayed_thenCancellationDeliveredAndHostTold() throws Exception {
        AgreementsOnRecord.record(sdk, "AG-1", customerId());
        sdk.credit().evaluate(CREDIT, new EvaluateCredit(customerId(), "INITIAL"));
        sdk.credit().recordGuarantee(FINANCE, new RecordGuarantee(customerId(), "BANK_GUARANTEE",
            new BigDecimal("500000"), "中国银行上海分行", LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31")));
        cancel(anApprovedOrder());
        sdk.events().drain();
        Document ledger = tamper.store().read(EventRelay.INBOX, CREDIT_ON_CANCEL).orElseThrow();
        assertThat(tampered).as("the relay's own notes, untouched").isEmpty();
        Order approved = anApprovedOrder();
        assertThat(reservation(approved)).isPresent();
        cancel(approved);
        PendingEvent cancellation = tamper.store().pendingEvents(100).stream()
            .filter(pending -> pending.event().type().equals("orders.OrderCancelled")).findFirst().orElseThrow();

        // The attacker notes the cancellation as received, leaving the seal as it was: they do not hold the key.
        ObjectNode forged = (ObjectNode) Json.mapper().readTree(ledger.body());
        forged.withArray("receipts").addObject().put("sequence", cancellation.sequence())
            .put("eventId", cancellation.event().eventId().toString());
        tamper.writeRow(EventRelay.INBOX, CREDIT_ON_CANCEL, forged.toString(), ledger.attributes());
        sdk.events().drain();

        boolean released = reservation(approved).isEmpty();
        boolean heard = tampered.stream().anyMatch(notice -> notice.startsWith(CREDIT_ON_CANCEL + ": "
            + EventRelay.INBOX + "/" + CREDIT_ON_CANCEL));
        tried(released && heard);
        assertThat(released).as("the cancellation reached the risk module: the order's credit is released").isTrue();
        assertThat(tampered).singleElement().asString().contains("seal does not match");
        tampered.clear();
        sdk.events().drain();
        sdk.events().health();
        assertThat(tampered).as("the ledger was rewritten, sealed: heard once").isEmpty();
    }

    @Test
    @DisplayName("DS-7.2.1 nothing tampered: every collection, checkpoint and pending event verifies, no false alarm")
    void givenNothingTampered_whenEverythingVerified_thenNoFalseAlarm() {
        customerAtVersion3(new ArrayList<>());
        List<CollectionVerification> verified = List.of(
            sdk.customers().verifyAuditTrails(AUDITOR),
            sdk.customers().verifyAuditTrails(AUDITOR, sdk.customers().auditCheckpoint(AUDITOR)),
            sdk.credit().verifyAccountTrails(AUDITOR),
            sdk.credit().verifyAccountTrails(AUDITOR, sdk.credit().accountCheckpoint(AUDITOR)),
            sdk.credit().verifyReportTrails(AUDITOR),
            sdk.receivables().verifyInvoiceTrails(AUDITOR, sdk.receivables().invoiceCheckpoint(AUDITOR)),
            sdk.riskRegister().verifyRiskTrails(AUDITOR, sdk.riskRegister().riskCheckpoint(AUDITOR)),
            sdk.orders().verifyOrderTrails(AUDITOR));
        List<EventVerification> events = tamper.store().pendingEvents(1_000).stream()
            .map(pending -> seals.verify(pending.event())).toList();

        sdk.events().drain();
        sdk.events().drain();
        sdk.events().health();

        int alarms = (int) (verified.stream().filter(each -> !each.isIntact()).count()
            + events.stream().filter(each -> !each.isIntact()).count()) + tampered.size();
        falseAlarms(alarms);
        assertThat(tampered).as("the relay's notes, read again and again, all sealed").isEmpty();
        assertThat(tamper.store().scan(EventRelay.INBOX, null, 100).documents()).as("ledgers were kept").isNotEmpty();
        assertThat(verified).allSatisfy(each -> assertThat(each.isIntact()).as(each.toString()).isTrue());
        assertThat(events).isNotEmpty().allSatisfy(each -> assertThat(each.isIntact()).as(each.toString()).isTrue());
        assertThat(verified.get(0).aggregates()).as("one customer").isEqualTo(1);
    }

    // ------------------------------------------------------------------------- a long trail

    /** A ledger line counter: the smallest aggregate that raises an event on every change. */
    record Tally(String id, int count) {
    }

    record Counted(String tallyId, int count, Instant occurredAt) implements DomainEvent {
    }

    static final class Tallies implements DocumentCodec<Tally> {
        @Override
        public String id(Tally tally) {
            return tally.id();
        }

        @Override
        public String encode(Tally tally) {
            return Json.write(tally);
        }

        @Override
        public Tally decode(String body) {
            return Json.read(body, Tally.class);
        }

        @Override
        public Map<String, String> attributes(Tally tally) {
            return Map.of("parity", tally.count() % 2 == 0 ? "even" : "odd");
        }
    }

    @Test
    @DisplayName("DS-7.2.1 a 10,000-entry trail with its 9,999 events, restored into the store, verifies whole and "
        + "against a checkpoint: 0 false alarms")
    void givenTenThousandEntryTrail_whenVerified_thenNoFalseAlarm() {
        long started = System.nanoTime();
        // Sealed by the SDK, in memory; a database gets the rows as a restore from a backup would load them.
        DocumentStore scratch = tamper.scratch();
        AggregateRepository<Tally> writer = new AggregateRepository<>(scratch, "tallies", new Tallies(),
            JsonEventCodec.INSTANCE, SEAL, clock);
        Versioned<Tally> current = writer.create(Changed.to(new Tally("t-1", 0)), SALES, "Open", List.of());
        for (int i = 1; i < 10_000; i++) {
            clock.advance(java.time.Duration.ofNanos(1_234_567));
            Tally next = new Tally("t-1", i);
            current = writer.save(current, Changed.to(next, new Counted("t-1", i, clock.instant())), SALES, "Count");
        }
        tamper.restore(scratch, "tallies", "t-1");
        AggregateRepository<Tally> tallies = new AggregateRepository<>(tamper.store(), "tallies", new Tallies(),
            JsonEventCodec.INSTANCE, SEAL, clock);
        Checkpoint checkpoint = Checkpoint.parse(tallies.trails().checkpoint().export());
        long written = System.nanoTime();

        AuditVerification one = tallies.verify("t-1", checkpoint);
        CollectionVerification all = tallies.verifyAll(checkpoint);
        AtomicInteger sealed = new AtomicInteger();
        AtomicInteger alarms = new AtomicInteger();
        for (PendingEvent pending : tamper.store().pendingEvents(20_000)) {
            if (pending.event().collection().equals("tallies")) {
                if (seals.verify(pending.event()).isIntact()) {
                    sealed.incrementAndGet();
                } else {
                    alarms.incrementAndGet();
                }
            }
        }

        System.out.printf("DS-7.2.1 10,000-entry trail on %s: written in %d ms, verified (trail twice, 9,999 events) in %d ms%n",
            storeName(), (written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
        falseAlarms((one.isIntact() ? 0 : 1) + (all.isIntact() ? 0 : 1) + alarms.get());
        assertThat(one.entries()).isEqualTo(10_000);
        assertThat(one.isIntact()).as(one.problems().toString()).isTrue();
        assertThat(all.isIntact()).as(all.toString()).isTrue();
        assertThat(sealed.get()).isEqualTo(9_999);
        assertThat(alarms.get()).isZero();
    }
}
