package dev.directsupply.customer;

import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.testing.ModuleHarness;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Valid objects for customer tests; a test changes only what it is about. */
public final class Fixtures {
    /** The tests keep Shanghai time. */
    public static final ZoneId SHANGHAI = ModuleHarness.SHANGHAI;

    private Fixtures() {
    }

    /** A valid credit code, different for each n: 91 (enterprise), Shanghai 310000, then n. */
    public static String creditCode(long n) {
        String first17 = "91310000" + String.format("%09d", n);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** The same code with a wrong check character. */
    public static String withWrongCheckCharacter(String code) {
        char right = code.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }

    public static RegisterCustomer aRegistration(String legalName, long n, BigDecimal declaredAnnualPurchase) {
        return new RegisterCustomer(legalName, creditCode(n), "SERVICES", "CATERING", declaredAnnualPurchase,
            List.of(new ContactDetails("张伟", "采购经理", "13812345678", "zhang.wei@example.com")),
            List.of(new AddressDetails("DELIVERY", "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120")));
    }

    public static RegisterCustomer aRegistration() {
        return aRegistration("上海味道餐饮管理有限公司", 1, new BigDecimal("2000000"));
    }

    public static RecordPurchase aPurchase(CustomerId id, String reference, LocalDate on, String amount) {
        return new RecordPurchase(id, reference, on, new BigDecimal(amount), null);
    }

    /** A customer as registered (GENERAL, CATERING), declaring an annual purchase, without a store. */
    public static Customer aCustomerDeclaring(String declared, ScalePolicy policy, Actor actor, Clock clock) {
        return Customer.register(CustomerId.of("c-1"), aProfile(clock), IndustryClassification.of(SubIndustry.CATERING),
            Money.cny(declared), policy, actor, clock).aggregate();
    }

    /** The same customer admitted, its declaration confirmed (DS-3.4 step 6). */
    public static Customer anActiveCustomerDeclaring(String declared, ScalePolicy policy, Actor actor, Clock clock) {
        return aCustomerDeclaring(declared, policy, actor, clock).admit(CustomerStatusAction.ADMIT, Money.cny(declared),
            StrategicImportance.GENERAL, "admitted", policy, actor, clock).aggregate();
    }

    /** The profile of the first registration, registered now. */
    public static Profile aProfile(Clock clock) {
        return new Profile("上海味道餐饮管理有限公司", UnifiedSocialCreditCode.of(creditCode(1)), List.of(), List.of(),
            clock.instant());
    }

    /** The customer module over a fresh in-memory store, on a clock at 2026-03-15 09:00 Shanghai. */
    public static Harness aRegistry() {
        return aRegistry(ManualClock.on("2026-03-15", SHANGHAI));
    }

    public static Harness aRegistry(ManualClock clock) {
        return aRegistry(clock, PolicyParameters.defaults(new CustomerModule().parameters()));
    }

    public static Harness aRegistry(ManualClock clock, PolicyParameters policy) {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        ModuleHarness modules = ModuleHarness.with(new CustomerModule()).store(store).clock(clock).policy(policy)
            .build();
        return new Harness(modules.service(CustomerDesk.class), store, clock, modules);
    }

    /** The desk with what tests look behind it at. */
    public record Harness(CustomerDesk desk, InMemoryDocumentStore store, ManualClock clock, ModuleHarness modules) {
        /** The SDK's own actor. */
        public Actor system() {
            return modules.system();
        }

        /** A prospect, as sales registers it (DS-3.4: not yet admitted). */
        public Customer registered() {
            return desk.register(Staff.SALES, aRegistration());
        }

        /** An active customer, as management imports it on the migration path. */
        public Customer imported() {
            return desk.importExisting(Staff.MANAGEMENT, new ImportCustomer(aRegistration(), Staff.SALES.id().value(),
                "SALES", "GENERAL", "migration"));
        }
    }
}
