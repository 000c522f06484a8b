package dev.directsupply.customer;

import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.InMemoryDocumentStore;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Valid objects for customer tests; a test changes only what it is about. */
public final class Fixtures {
    /** The tests keep Shanghai time. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Actor SALES = Actor.of("li.na", Department.SALES, Role.SALES).withConfidentialityAgreement();
    public static final Actor SALES_MANAGER = Actor.of("wang.fang", Department.SALES, Role.SALES_MANAGER).withConfidentialityAgreement();
    public static final Actor FINANCE = Actor.of("zhao.lei", Department.FINANCE, Role.FINANCE).withConfidentialityAgreement();
    public static final Actor MANAGEMENT = Actor.of("chen.jie", Department.MANAGEMENT, Role.MANAGEMENT).withConfidentialityAgreement();
    public static final Actor AUDITOR = Actor.of("sun.li", Department.AUDIT, Role.AUDITOR).withConfidentialityAgreement();
    public static final Actor PRODUCTION = Actor.of("zhou.qiang", Department.PRODUCTION, Role.PRODUCTION).withConfidentialityAgreement();
    public static final Actor SYSTEM = Actor.system("tests");

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

    /** Hibernate Validator as the sdk wires it: no EL, the clock of the tests. */
    public static CommandValidator validator(java.time.Clock clock) {
        return new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .clockProvider(() -> clock)
            .buildValidatorFactory().getValidator());
    }

    public static AccessPolicy defaultAccess() {
        return AccessPolicy.builder().grantAll(CustomerPermissions.DEFAULT_GRANTS).build();
    }

    /** A registry over a fresh in-memory store, on a clock at 2026-03-15 09:00 Shanghai. */
    public static Harness aRegistry() {
        return aRegistry(ManualClock.on("2026-03-15", SHANGHAI));
    }

    public static Harness aRegistry(ManualClock clock) {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        CustomerRegistry registry = new CustomerRegistry(store, validator(clock), defaultAccess(),
            ClassificationParameters.defaults(), AuditSeal.unkeyed(), clock);
        return new Harness(registry, store, clock);
    }

    /** A registry with what tests look behind it at. */
    public record Harness(CustomerRegistry registry, InMemoryDocumentStore store, ManualClock clock) {
        public Customer registered() {
            return registry.register(SALES, aRegistration());
        }
    }
}
