package dev.directsupply.customer;

import static dev.directsupply.testing.Staff.AUDITOR;
import static dev.directsupply.testing.Staff.FINANCE;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.PRODUCTION;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static dev.directsupply.customer.Fixtures.aPurchase;
import static dev.directsupply.customer.Fixtures.aRegistration;
import static dev.directsupply.customer.Fixtures.aRegistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.Fixtures.Harness;
import dev.directsupply.customer.internal.PurchaseRecords;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.InvalidCommand;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.NotFound;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.statemachine.IllegalTransition;
import dev.directsupply.kernel.store.AuditVerification;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.WriteBatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The application service: permission → validation → load → decide → save, and nothing when refused. */
class CustomerDeskTest {
    private final Harness harness = aRegistry();
    private final CustomerDesk desk = harness.desk();

    private void assertNothingStored() {
        assertThat(harness.store().size(CustomerDesk.COLLECTION)).isZero();
        assertThat(harness.store().size(CustomerDesk.CREDIT_CODE_CLAIMS)).isZero();
        assertThat(harness.store().pendingEvents(10)).isEmpty();
    }

    @Test
    @DisplayName("DS-7.1.1 a registered customer can be read back and found by its credit code")
    void givenValidRegistration_whenRegistered_thenStoredAndFindable() {
        Customer registered = desk.register(SALES, aRegistration());

        assertThat(desk.get(SALES, registered.id())).isEqualTo(registered);
        assertThat(desk.findByCreditCode(FINANCE, Fixtures.creditCode(1).toLowerCase()))
            .map(Customer::id).contains(registered.id());
        assertThat(registered.scaleTier()).isEqualTo(ScaleTier.MEDIUM);
        assertThat(desk.inScaleTier(SALES, ScaleTier.MEDIUM)).extracting(Customer::id).containsExactly(registered.id());
        assertThat(harness.store().pendingEvents(10)).extracting(e -> e.event().type())
            .containsExactly("customer.CustomerRegistered");
    }

    @Test
    @DisplayName("bad input: blank name, wrong check character, negative purchase, unknown industry → one error "
        + "listing every violation in English and Chinese, and nothing stored")
    void givenEveryKindOfBadInput_whenRegistered_thenOneInvalidCommandAndNothingStored() {
        RegisterCustomer bad = new RegisterCustomer("  ", Fixtures.withWrongCheckCharacter(Fixtures.creditCode(1)),
            "MINING", null, new BigDecimal("-1"), List.of(), List.of());

        assertThatThrownBy(() -> desk.register(SALES, bad))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactly("creditCode", "declaredAnnualPurchase", "industry", "legalName");
                assertThat(e.violations()).extracting(Violation::code).containsExactly(
                    "customer.credit-code.check-character", "PositiveOrZero", "OneOf", "NotBlank");
                assertThat(e.violations()).extracting(Violation::rule)
                    .containsExactly("DS-7.1.2", "", "DS-2.2.2", "");
                assertThat(e.violations()).allSatisfy(v -> {
                    assertThat(v.english()).isNotBlank();
                    assertThat(v.chinese()).isNotBlank().isNotEqualTo(v.english());
                });
                assertThat(e.getMessage()).contains("RegisterCustomer was rejected with 4 violation(s)")
                    .contains("industry: \"MINING\" is not a known code");
                assertThat(e.chineseMessage()).contains("校验码错误").contains("不能为空白").contains("须大于或等于零");
            });
        assertNothingStored();
    }

    @Test
    @DisplayName("DS-2.2.2 a sub-industry of another industry is a violation on subIndustry")
    void givenHotelsUnderManufacturing_whenRegistered_thenSubIndustryViolation() {
        RegisterCustomer bad = new RegisterCustomer("某某制造有限公司", Fixtures.creditCode(2), "MANUFACTURING", "HOTELS",
            null, List.of(), List.of());

        assertThatThrownBy(() -> desk.register(SALES, bad))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactly("subIndustry");
                assertThat(e.violations().get(0).rule()).isEqualTo("DS-2.2.2");
            });
        assertNothingStored();
    }

    @Test
    @DisplayName("bad contact and address details are violations on their nested fields")
    void givenBadContactDetails_whenRegistered_thenNestedFieldsNamed() {
        RegisterCustomer bad = new RegisterCustomer("上海味道餐饮管理有限公司", Fixtures.creditCode(1), "SERVICES", null,
            null, List.of(new ContactDetails("", null, "call me", "not-an-email")),
            List.of(new AddressDetails("MOON", "上海市", "上海市", null, "1 号", "2001")));

        assertThatThrownBy(() -> desk.register(SALES, bad))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly(
                "addresses[0].kind", "addresses[0].postalCode", "contacts[0].email", "contacts[0].name",
                "contacts[0].phone"));
        assertNothingStored();
    }

    @Test
    @DisplayName("DS-7.1.2 a second registration of the same credit code is a DuplicateCustomer and stores nothing")
    void givenRegisteredCreditCode_whenRegisteredAgain_thenDuplicateCustomer() {
        desk.register(SALES, aRegistration());
        List<PendingEvent> before = harness.store().pendingEvents(10);

        assertThatThrownBy(() -> desk.register(SALES, aRegistration("另一家公司", 1, null)))
            .isInstanceOfSatisfying(DuplicateCustomer.class, e -> {
                assertThat(e.rule()).contains("DS-7.1.2");
                assertThat(e.creditCode()).isEqualTo(Fixtures.creditCode(1));
                assertThat(e.chineseMessage()).contains("已登记");
            });
        assertThat(harness.store().size(CustomerDesk.COLLECTION)).isEqualTo(1);
        assertThat(harness.store().pendingEvents(10)).isEqualTo(before);
    }

    @Test
    @DisplayName("DS-7.1.2 many threads registering one credit code: exactly one customer")
    void givenConcurrentRegistrationsOfOneCode_whenRaced_thenExactlyOneCustomer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            attempts.add(pool.submit(() -> {
                try {
                    desk.register(SALES, aRegistration());
                    return true;
                } catch (DuplicateCustomer duplicate) {
                    return false;
                }
            }));
        }
        int registered = 0;
        for (Future<Boolean> attempt : attempts) {
            registered += attempt.get(1, TimeUnit.MINUTES) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(registered).isEqualTo(1);
        assertThat(harness.store().size(CustomerDesk.COLLECTION)).isEqualTo(1);
    }

    @Test
    @DisplayName("DS-7.2.2 an actor whose roles do not hold the permission is denied and nothing is stored")
    void givenProductionPlanner_whenRegistering_thenAccessDenied() {
        assertThatThrownBy(() -> desk.register(PRODUCTION, aRegistration()))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.2"));
        assertNothingStored();
    }

    @Test
    @DisplayName("DS-7.2.3 without a confidentiality agreement on record, even sales may not register")
    void givenSalesWithoutAgreement_whenRegistering_thenAccessDenied() {
        Actor newHire = Actor.of("new.hire", Department.SALES, Role.SALES);

        assertThatThrownBy(() -> desk.register(newHire, aRegistration()))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
        assertNothingStored();
    }

    @Test
    @DisplayName("DS-7.2.2 actors without the contact-details right see phones and e-mails masked")
    void givenFinanceActor_whenReadingCustomer_thenContactDetailsMasked() {
        Customer registered = desk.register(SALES, aRegistration());

        Contact seenByFinance = desk.get(FINANCE, registered.id()).contacts().get(0);
        Contact seenBySales = desk.get(SALES, registered.id()).contacts().get(0);

        assertThat(seenByFinance.name()).isEqualTo("张*");
        assertThat(seenByFinance.phone()).isEqualTo("138****5678");
        assertThat(seenByFinance.email()).isEqualTo("z***@example.com");
        assertThat(seenBySales.phone()).isEqualTo("13812345678");
    }

    @Test
    @DisplayName("DS-2.2.1 purchases past X1 reclassify the customer and put the event in the outbox")
    void givenMediumCustomer_whenLargePurchaseRecorded_thenReclassifiedLargeWithEvent() {
        Customer customer = harness.registered();

        Customer after = desk.recordPurchase(FINANCE,
            aPurchase(customer.id(), "INV-2026-001", LocalDate.parse("2026-03-10"), "5100000"));

        assertThat(after.scaleTier()).isEqualTo(ScaleTier.LARGE);
        assertThat(harness.store().pendingEvents(10)).extracting(e -> e.event().type()).containsExactly(
            "customer.CustomerRegistered", "customer.PurchaseRecorded", "customer.CustomerReclassified");
        assertThat(harness.store().pendingEvents(10).get(2).event().payload())
            .contains("\"from\":\"MEDIUM\"").contains("\"to\":\"LARGE\"");
    }

    @Test
    @DisplayName("a purchase dated in the future, or in another currency, is refused and changes nothing")
    void givenFuturePurchaseInDollars_whenRecorded_thenInvalidCommand() {
        Customer customer = harness.registered();

        assertThatThrownBy(() -> desk.recordPurchase(FINANCE, new RecordPurchase(customer.id(), "INV-9",
            LocalDate.parse("2026-04-01"), new BigDecimal("100"), "USD")))
            .isInstanceOfSatisfying(InvalidCommand.class,
                e -> assertThat(e.fields()).containsExactly("currency", "purchasedOn"));
        assertThat(desk.get(FINANCE, customer.id()).purchases().monthly()).isEmpty();
    }

    @Test
    @DisplayName("DS-7.1.1 a purchase older than the kept history is refused rather than recorded and forgotten")
    void givenPurchaseOlderThanRetention_whenRecorded_thenInvalidCommand() {
        Customer customer = harness.registered();

        assertThatThrownBy(() -> desk.recordPurchase(FINANCE,
            aPurchase(customer.id(), "INV-OLD", LocalDate.parse("2024-03-31"), "100")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactly("purchasedOn");
                assertThat(e.violations().get(0).english()).contains("2024-04");
            });
        assertThat(harness.store().auditTrail(CustomerDesk.COLLECTION, customer.id().value())).hasSize(1);
    }

    @Test
    @DisplayName("DS-7.1.2 the same purchase twice is one purchase; with another amount it is refused")
    void givenRecordedPurchase_whenSentAgain_thenIdempotentOrConflicting() {
        Customer customer = harness.registered();
        desk.recordPurchase(FINANCE, aPurchase(customer.id(), "INV-1", LocalDate.parse("2026-03-01"), "100"));

        desk.recordPurchase(FINANCE, aPurchase(customer.id(), "INV-1", LocalDate.parse("2026-03-01"), "100"));

        assertThat(harness.store().auditTrail(CustomerDesk.COLLECTION, customer.id().value())).hasSize(2);
        assertThatThrownBy(() -> desk.recordPurchase(FINANCE,
            aPurchase(customer.id(), "INV-1", LocalDate.parse("2026-03-01"), "90")))
            .isInstanceOfSatisfying(ConflictingPurchase.class, e -> {
                assertThat(e.rule()).contains("DS-7.1.2");
                assertThat(e.getMessage()).contains("100.00 CNY").contains("90.00 CNY");
                assertThat(e.chineseMessage()).contains("不能再改为");
            });
        assertThat(harness.store().auditTrail(CustomerDesk.COLLECTION, customer.id().value()))
            .as("the refused purchase changed nothing").hasSize(2);
        assertThat(desk.purchase(FINANCE, customer.id(), "INV-1"))
            .contains(new RecordedPurchase(YearMonth.parse("2026-03"), Money.cny("100")));
        assertThat(desk.purchase(FINANCE, customer.id(), "INV-2")).isEmpty();
    }

    @Test
    @DisplayName("DS-7.1.1 each purchase is a record of its own: the customer's document does not grow with them")
    void givenManyPurchases_whenRecorded_thenCustomerDocumentSizeHolds() {
        Customer customer = harness.registered();
        desk.recordPurchase(FINANCE, aPurchase(customer.id(), "INV-0", LocalDate.parse("2026-03-01"), "100"));
        int sizeAfterOne = harness.store().read(CustomerDesk.COLLECTION, customer.id().value()).orElseThrow()
            .body().length();

        for (int i = 1; i < 200; i++) {
            desk.recordPurchase(FINANCE, aPurchase(customer.id(), "INV-" + i, LocalDate.parse("2026-03-01"), "100"));
        }

        Customer after = desk.get(FINANCE, customer.id());
        assertThat(after.purchases().trailing(YearMonth.parse("2026-03"), 12)).isEqualTo(Money.cny("20000"));
        // Only the month's total grows, by a few digits; 199 more references would add kilobytes.
        assertThat(harness.store().read(CustomerDesk.COLLECTION, customer.id().value()).orElseThrow().body())
            .doesNotContain("INV-").hasSizeLessThan(sizeAfterOne + 32);
        assertThat(harness.store().findBy("customer-purchases", "customerId", customer.id().value())).hasSize(200);
    }

    @Test
    @DisplayName("DS-7.2.1 a purchase record edited behind the SDK's back shows in the customer's audit check")
    void givenEditedPurchaseRecord_whenAuditTrailVerified_thenProblemNamed() {
        Customer customer = harness.registered();
        desk.recordPurchase(FINANCE, aPurchase(customer.id(), "INV-1", LocalDate.parse("2026-03-01"), "100"));
        Document record = harness.store().findBy("customer-purchases", "customerId", customer.id().value()).get(0);

        harness.store().write(WriteBatch.of(new DocumentWrite(record.collection(), record.id(), record.version(),
            record.body().replace("100", "1"), record.attributes(), record.auditHash())));

        AuditVerification verification = desk.verifyAuditTrail(AUDITOR, customer.id());
        assertThat(verification.isIntact()).isFalse();
        assertThat(verification.problems())
            .anyMatch(problem -> problem.startsWith("purchase record " + record.id()) && problem.contains("body differs"))
            .anyMatch(problem -> problem.startsWith("the purchases of 2026-03 total 100.00 CNY"));
    }

    @Test
    @DisplayName("DS-7.2.1 a purchase record hidden from look-ups still shows: the month's total no longer matches")
    void givenHiddenPurchaseRecord_whenAuditTrailVerified_thenMonthMismatchNamed() {
        Customer customer = harness.registered();
        desk.recordPurchase(FINANCE, aPurchase(customer.id(), "INV-1", LocalDate.parse("2026-03-01"), "100"));
        desk.recordPurchase(FINANCE, aPurchase(customer.id(), "INV-2", LocalDate.parse("2026-03-02"), "50"));
        Document record = harness.store().read("customer-purchases", PurchaseRecords.id(customer.id(), "INV-2"))
            .orElseThrow();

        harness.store().write(WriteBatch.of(new DocumentWrite(record.collection(), record.id(), record.version(),
            record.body(), Map.of(), record.auditHash())));

        assertThat(desk.verifyAuditTrail(AUDITOR, customer.id()).problems())
            .anyMatch(problem -> problem.contains("2026-03") && problem.contains("150.00 CNY")
                && problem.contains("100.00 CNY"));
    }

    @Test
    @DisplayName("a customer stored by a newer SDK, in a layout this one does not know, is refused, not misread")
    void givenDocumentOfANewerLayout_whenRead_thenRefusedNamingTheLayouts() {
        Customer customer = harness.registered();
        Document stored = harness.store().read(CustomerDesk.COLLECTION, customer.id().value()).orElseThrow();
        String newer = stored.body().replace("\"layout\":3", "\"layout\":4");
        harness.store().write(WriteBatch.of(new DocumentWrite(stored.collection(), stored.id(), stored.version(),
            newer, stored.attributes(), stored.auditHash())));

        assertThatThrownBy(() -> desk.get(FINANCE, customer.id())).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("layout 4").hasMessageContaining("reads up to 3");
    }

    @Test
    @DisplayName("DS-7.1.2 eight threads recording the same purchase at once count it once")
    void givenSamePurchaseFromEightThreads_whenRecorded_thenCountedOnce() throws Exception {
        Customer customer = harness.registered();
        RecordPurchase purchase = aPurchase(customer.id(), "INV-9", LocalDate.parse("2026-03-01"), "100");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Customer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    return desk.recordPurchase(FINANCE, purchase);
                }));
            }
            start.countDown();
            for (Future<Customer> each : done) {
                each.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdown();
        }

        Customer after = desk.get(FINANCE, customer.id());
        assertThat(after.purchases().trailing(YearMonth.parse("2026-03"), 12)).isEqualTo(Money.cny("100"));
        assertThat(harness.store().auditTrail(CustomerDesk.COLLECTION, customer.id().value())).hasSize(2);
    }

    @Test
    @DisplayName("calls without an id or tier are invalid commands, not null-pointer failures")
    void givenMissingIdOrTier_whenCalled_thenInvalidCommand() {
        assertThatThrownBy(() -> desk.reclassify(SALES_MANAGER, new Reclassify(null, "x")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> {
                assertThat(e.fields()).containsExactly("customerId");
                assertThat(e.violations().get(0).code()).isEqualTo("NotNull");
            });
        assertThatThrownBy(() -> desk.inScaleTier(SALES, null)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> desk.get(SALES, null)).isInstanceOf(InvalidCommand.class);
    }

    @Test
    @DisplayName("DS-7.2.1 verifying the audit trail of a customer that does not exist is NotFound, not intact")
    void givenUnknownCustomer_whenAuditTrailVerified_thenNotFound() {
        assertThatThrownBy(() -> desk.verifyAuditTrail(AUDITOR, CustomerId.of("nobody")))
            .isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("many threads recording purchases for one customer: every purchase counted exactly once")
    void givenConcurrentPurchases_whenRecorded_thenNoneLostNoneDoubled() throws Exception {
        Customer customer = harness.registered();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String reference = "INV-" + (i % 100);
            running.add(pool.submit(() -> desk.recordPurchase(FINANCE,
                aPurchase(customer.id(), reference, LocalDate.parse("2026-03-01"), "100"))));
        }
        for (Future<?> future : running) {
            future.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();

        Customer after = desk.get(FINANCE, customer.id());
        assertThat(after.purchases().trailing(YearMonth.parse("2026-03"), 12)).isEqualTo(Money.cny("10000"));
        assertThat(harness.store().pendingEvents(1_000))
            .filteredOn(e -> e.event().type().equals("customer.PurchaseRecorded")).hasSize(100);
    }

    @Test
    @DisplayName("DS-2.2.3 only an authorised actor sets strategic importance, and a reason is required")
    void givenSalesActor_whenSettingImportance_thenDeniedButManagerMay() {
        Customer customer = harness.registered();
        SetStrategicImportance makeCore = new SetStrategicImportance(customer.id(), "CORE", "national chain");

        assertThatThrownBy(() -> desk.setStrategicImportance(SALES, makeCore)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> desk.setStrategicImportance(MANAGEMENT,
            new SetStrategicImportance(customer.id(), "CORE", " ")))
            .isInstanceOfSatisfying(InvalidCommand.class, e -> assertThat(e.fields()).containsExactly("reason"));

        Customer core = desk.setStrategicImportance(SALES_MANAGER, makeCore);

        assertThat(core.importance()).isEqualTo(StrategicImportance.CORE);
        assertThat(core.classificationHistory()).last().extracting(ClassificationChange::reason)
            .isEqualTo("national chain");
    }

    @Test
    @DisplayName("DS-2.2.1 when the window moves past old purchases, the monthly re-assessment reclassifies")
    void givenLargeCustomerWhoseBigYearEnds_whenReclassifiedAYearLater_thenSmall() {
        ManualClock clock = ManualClock.on("2025-01-10", Fixtures.SHANGHAI);
        Harness later = aRegistry(clock);
        Customer customer = later.desk().register(SALES, aRegistration("甲公司", 7, null));
        later.desk().recordPurchase(FINANCE,
            aPurchase(customer.id(), "INV-1", LocalDate.parse("2025-01-05"), "6000000"));
        later.desk().register(SALES, aRegistration("乙公司", 8, null));

        clock.moveTo("2026-02-01T02:00");
        ReclassificationRun run = later.desk().reclassifyAll(later.system(), new ReclassifyAll("monthly"));

        assertThat(run.examined()).isEqualTo(2);
        assertThat(run.reclassified()).isEqualTo(1);
        assertThat(run.isComplete()).isTrue();
        assertThat(later.desk().get(SALES, customer.id()).scaleTier()).isEqualTo(ScaleTier.SMALL);
        assertThat(later.desk().get(SALES, customer.id()).classificationHistory()).last()
            .satisfies(change -> {
                assertThat(change.from()).isEqualTo("LARGE");
                assertThat(change.by()).isEqualTo(later.system().id());
                assertThat(change.reason()).startsWith("monthly");
            });
    }

    @Test
    @DisplayName("DS-2.2.1 a customer document that cannot be read is reported, and the monthly run goes on")
    void givenOneUnreadableDocument_whenReclassifiedAll_thenReportedAndOthersReassessed() {
        ManualClock clock = ManualClock.on("2025-01-10", Fixtures.SHANGHAI);
        Harness later = aRegistry(clock);
        Customer damaged = later.desk().register(SALES, aRegistration("甲公司", 7, null));
        Customer sound = later.desk().register(SALES, aRegistration("乙公司", 8, null));
        later.desk().recordPurchase(FINANCE,
            aPurchase(sound.id(), "INV-1", LocalDate.parse("2025-01-05"), "6000000"));
        Document stored = later.store().read("customers", damaged.id().value()).orElseThrow();
        later.store().write(WriteBatch.of(DocumentWrite.update("customers", stored.id(), stored.version(),
            "{\"schemaVersion\": 99}", stored.attributes())));

        clock.moveTo("2026-02-01T02:00");
        ReclassificationRun run = later.desk().reclassifyAll(later.system(), new ReclassifyAll("monthly"));

        assertThat(run.examined()).isEqualTo(2);
        assertThat(run.failed()).containsExactly(damaged.id());
        assertThat(run.isComplete()).isFalse();
        assertThat(later.desk().get(SALES, sound.id()).scaleTier()).isEqualTo(ScaleTier.SMALL);
    }

    @Test
    @DisplayName("a status change the lifecycle forbids is refused and changes nothing")
    void givenTerminatedCustomer_whenSuspended_thenIllegalTransition() {
        Customer customer = harness.registered();
        desk.changeStatus(MANAGEMENT, new ChangeCustomerStatus(customer.id(), "TERMINATE", "contract ended"));

        assertThatThrownBy(() -> desk.changeStatus(MANAGEMENT,
            new ChangeCustomerStatus(customer.id(), "SUSPEND", "late payment")))
            .isInstanceOf(IllegalTransition.class);
        assertThat(desk.get(MANAGEMENT, customer.id()).status()).isEqualTo(CustomerStatus.TERMINATED);
    }

    @Test
    @DisplayName("DS-7.2.1 every change leaves an audit entry, and the trail verifies")
    void givenSeveralChanges_whenAuditTrailVerified_thenIntact() {
        Customer customer = harness.registered();
        desk.recordPurchase(FINANCE, aPurchase(customer.id(), "INV-1", LocalDate.parse("2026-03-01"), "10"));
        desk.changeIndustry(MANAGEMENT, new ChangeIndustry(customer.id(), "SERVICES", "HOTELS", "opened hotels"));
        desk.updateContactDetails(SALES, new UpdateContactDetails(customer.id(), List.of(), List.of()));

        assertThat(desk.verifyAuditTrail(AUDITOR, customer.id()).isIntact()).isTrue();
        assertThat(desk.verifyAuditTrail(AUDITOR, customer.id()).entries())
            .as("the customer's four entries and its purchase record's one").isEqualTo(5);
        assertThat(harness.store().auditTrail(CustomerDesk.COLLECTION, customer.id().value()))
            .extracting(e -> e.actorId() + ":" + e.action())
            .containsExactly("li.na:RegisterCustomer", "zhao.lei:RecordPurchase", "chen.jie:ChangeIndustry",
                "li.na:UpdateContactDetails");
    }

    @Test
    void givenUnknownCustomer_whenRead_thenNotFound() {
        assertThatThrownBy(() -> desk.get(SALES, CustomerId.of("nobody"))).isInstanceOf(NotFound.class);
    }
}
