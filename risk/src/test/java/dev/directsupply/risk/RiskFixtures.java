package dev.directsupply.risk;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.Industry;
import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.parameters.PolicyFile;
import dev.directsupply.kernel.parameters.PolicyParameters;
import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.WriteBatch;
import dev.directsupply.risk.account.CompanyData;
import dev.directsupply.risk.account.CompanyFacts;
import dev.directsupply.risk.account.CreditAccounts;
import dev.directsupply.risk.account.CreditDesk;
import dev.directsupply.risk.account.CustomerDirectory;
import dev.directsupply.risk.account.CustomerFacts;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.account.OrderReference;
import dev.directsupply.risk.receivables.ReceivablesDesk;
import dev.directsupply.risk.register.QualitySignal;
import dev.directsupply.risk.register.QualitySignals;
import dev.directsupply.risk.register.RiskDesk;
import dev.directsupply.risk.register.SupplySignal;
import dev.directsupply.risk.register.SupplySignals;
import dev.directsupply.testing.ModuleHarness;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The risk module started for a test as the SDK starts it, over an in-memory store on a hand-moved
 * clock, its customers and company facts given by the test.
 */
public final class RiskFixtures {
    public final ManualClock clock;
    public final InMemoryDocumentStore store;
    private final PolicyParameters policy;
    public final Map<CustomerId, CustomerFacts> customers;
    public final Map<CustomerId, CompanyData> companies;
    public final List<QualitySignal> qualitySignals;
    public final List<SupplySignal> supplySignals;
    public final ModuleHarness modules;
    public final CreditDesk credit;
    public final ReceivablesDesk receivables;
    public final RiskDesk register;

    public RiskFixtures(String today) {
        this(today, PolicyParameters.defaults(new RiskModule().parameters()));
    }

    public RiskFixtures(String today, PolicyParameters policy) {
        this(ManualClock.on(today, ModuleHarness.SHANGHAI), new InMemoryDocumentStore(), policy,
            new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ArrayList<>(), new ArrayList<>());
    }

    private RiskFixtures(ManualClock clock, InMemoryDocumentStore store, PolicyParameters policy,
                         Map<CustomerId, CustomerFacts> customers, Map<CustomerId, CompanyData> companies,
                         List<QualitySignal> qualitySignals, List<SupplySignal> supplySignals) {
        this.clock = clock;
        this.store = store;
        this.policy = policy;
        this.customers = customers;
        this.companies = companies;
        this.qualitySignals = qualitySignals;
        this.supplySignals = supplySignals;
        this.modules = ModuleHarness.with(new RiskModule()).store(store).clock(clock).policy(policy)
            .port(CustomerDirectory.class, id -> Optional.ofNullable(customers.get(id)))
            .port(CompanyFacts.class, id -> companies.getOrDefault(id, CompanyData.unknown()))
            .port(QualitySignals.class, () -> List.copyOf(qualitySignals))
            .port(SupplySignals.class, () -> List.copyOf(supplySignals))
            .build();
        this.credit = modules.service(CreditDesk.class);
        this.receivables = modules.service(ReceivablesDesk.class);
        this.register = modules.service(RiskDesk.class);
    }

    /** The risk module with a policy file's sections over the defaults. */
    public static RiskFixtures withPolicy(String today, String json) {
        return new RiskFixtures(today, PolicyParameters.read(new RiskModule().parameters(),
            PolicyFile.json(json, "policy.json")));
    }

    /**
     * The module over the same store and clock with nothing cached, as another host or a restart
     * sees it; the customers and company facts are shared.
     */
    public RiskFixtures anotherHost() {
        return new RiskFixtures(clock, store, policy, customers, companies, qualitySignals, supplySignals);
    }

    /** Overwrites the customer's stored credit account with a document this SDK cannot read. */
    public void damageAccount(CustomerId customer) {
        Document stored = store.read(CreditAccounts.ACCOUNTS, customer.value()).orElseThrow();
        store.write(WriteBatch.of(DocumentWrite.update(CreditAccounts.ACCOUNTS, stored.id(), stored.version(),
            "{\"layout\": 99}", stored.attributes())));
    }

    /**
     * A customer of the given scale, a customer since the date, with solid company facts, looked after
     * by {@code Staff.SALES} (DS-7.2.2).
     */
    public CustomerId customer(String id, ScaleTier tier, String since) {
        CustomerId customer = CustomerId.of(id);
        modules.assign(id, Staff.SALES);
        customers.put(customer, new CustomerFacts(tier, Industry.MANUFACTURING, LocalDate.parse(since)));
        companies.put(customer, new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
            Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()));
        return customer;
    }

    /** An established customer (since 2020), evaluated: grade A or better with the defaults. */
    public CustomerId gradedCustomer(String id, ScaleTier tier) {
        CustomerId customer = customer(id, tier, "2020-01-01");
        credit.evaluate(Staff.CREDIT, new EvaluateCredit(customer, "INITIAL"));
        return customer;
    }

    public static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    /** An order at its first revision. */
    public static OrderReference order(String id) {
        return OrderReference.of(id, 1);
    }
}
