package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.Industry;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Role;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.risk.register.QualitySignal;
import dev.directsupply.risk.register.SupplySignal;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** A risk module over an in-memory store, with customers and company facts the tests set. */
public final class RiskFixtures {
    public static final Actor SALES = Actor.of("li.na", Department.SALES, Role.SALES).withConfidentialityAgreement();
    public static final Actor FINANCE = Actor.of("zhao.lei", Department.FINANCE, Role.FINANCE)
        .withConfidentialityAgreement();
    public static final Actor CREDIT = Actor.of("qian.yu", Department.CREDIT, Role.CREDIT_MANAGER)
        .withConfidentialityAgreement();
    public static final Actor QUALITY = Actor.of("sun.mei", Department.QUALITY, Role.QUALITY)
        .withConfidentialityAgreement();
    public static final Actor SYSTEM = Actor.system("tests");

    public final ManualClock clock;
    public final InMemoryDocumentStore store;
    private final RiskParameters parameters;
    public final Map<CustomerId, CustomerFacts> customers = new ConcurrentHashMap<>();
    public final Map<CustomerId, CompanyData> companies = new ConcurrentHashMap<>();
    public final List<QualitySignal> qualitySignals = new ArrayList<>();
    public final List<SupplySignal> supplySignals = new ArrayList<>();
    public final CreditDesk credit;
    public final ReceivablesLedger receivables;
    public final RiskRegister register;

    public RiskFixtures(String today) {
        this(today, RiskParameters.defaults());
    }

    public RiskFixtures(String today, RiskParameters parameters) {
        this(TestClock.on(today), new InMemoryDocumentStore(), parameters);
    }

    private RiskFixtures(ManualClock clock, InMemoryDocumentStore store, RiskParameters parameters) {
        this.clock = clock;
        this.store = store;
        this.parameters = parameters;
        CommandValidator validator = new CommandValidator(Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).clockProvider(() -> clock)
            .buildValidatorFactory().getValidator());
        AccessPolicy access = AccessPolicy.builder().grantAll(RiskPermissions.DEFAULT_GRANTS).build();
        AuditSeal seal = AuditSeal.unkeyed();
        credit = new CreditDesk(store, validator, access, parameters, id -> Optional.ofNullable(customers.get(id)),
            id -> companies.getOrDefault(id, CompanyData.unknown()), seal, clock);
        receivables = new ReceivablesLedger(store, validator, access, credit, seal, clock);
        register = new RiskRegister(store, validator, access, parameters, () -> List.copyOf(qualitySignals),
            () -> List.copyOf(supplySignals), seal, clock);
    }

    /**
     * The module over the same store and clock with nothing cached, as another host or a restart
     * sees it; the customers and company facts are shared.
     */
    public RiskFixtures anotherHost() {
        RiskFixtures other = new RiskFixtures(clock, store, parameters);
        other.customers.putAll(customers);
        other.companies.putAll(companies);
        return other;
    }

    /** Overwrites the customer's stored credit account with a document this SDK cannot read. */
    public void damageAccount(CustomerId customer) {
        Document stored = store.read(CreditDesk.ACCOUNTS, customer.value()).orElseThrow();
        store.write(WriteBatch.of(DocumentWrite.update(CreditDesk.ACCOUNTS, stored.id(), stored.version(),
            "{\"schemaVersion\": 99}", stored.attributes())));
    }

    /** A customer of the given scale, a customer since the date, with solid company facts. */
    public CustomerId customer(String id, ScaleTier tier, String since) {
        CustomerId customer = CustomerId.of(id);
        customers.put(customer, new CustomerFacts(tier, Industry.MANUFACTURING, LocalDate.parse(since)));
        companies.put(customer, new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
            Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()));
        return customer;
    }

    /** An established customer (since 2020), evaluated: grade A or better with the defaults. */
    public CustomerId gradedCustomer(String id, ScaleTier tier) {
        CustomerId customer = customer(id, tier, "2020-01-01");
        credit.evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));
        return customer;
    }

    public static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
