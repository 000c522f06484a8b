package dev.directsupply.sdk;

import dev.directsupply.customer.CustomerPermissions;
import dev.directsupply.customer.CustomerRegistry;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.store.AuditSeal;
import dev.directsupply.kernel.validation.CommandValidator;
import dev.directsupply.orders.Agreements;
import dev.directsupply.orders.OrderDesk;
import dev.directsupply.orders.OrderPermissions;
import dev.directsupply.orders.OrderPorts;
import dev.directsupply.orders.ProductCatalogue;
import dev.directsupply.orders.ProductionPlanning;
import dev.directsupply.orders.SupplyCheck;
import dev.directsupply.orders.reference.InMemoryAgreements;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.risk.account.CompanyFacts;
import dev.directsupply.risk.account.CreditDesk;
import dev.directsupply.risk.account.CustomerDirectory;
import dev.directsupply.risk.receivables.ReceivablesDesk;
import dev.directsupply.risk.RiskPermissions;
import dev.directsupply.risk.register.RiskDesk;
import dev.directsupply.risk.register.QualitySignals;
import dev.directsupply.risk.register.SupplySignals;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The SDK in one object: build it once at start-up and share it; it is thread-safe and keeps no
 * state of its own between calls (everything lives in the store), so any number of host instances
 * may share one database.
 *
 * <pre>{@code
 * DirectSupply sdk = DirectSupply.builder()
 *     .store(myStore)                              // default: in memory
 *     .policyFile(Path.of("policy.json"))          // default: POLICY.md's values
 *     .build();
 * Customer customer = sdk.customers().register(actor, command);
 * }</pre>
 */
public final class DirectSupply implements AutoCloseable {
    /** The zone business dates are counted in unless the host's clock says otherwise. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final DocumentStore store;
    private final Clock clock;
    private final PolicyParameters policy;
    private final AccessPolicy access;
    private final CustomerRegistry customers;
    private final CreditDesk credit;
    private final ReceivablesDesk receivables;
    private final RiskRegister riskRegister;
    private final OrderDesk orders;
    private final EventRelay events;

    private DirectSupply(Builder builder) {
        this.store = builder.store != null ? builder.store : new InMemoryDocumentStore();
        this.clock = builder.clock != null ? builder.clock : Clock.system(DEFAULT_ZONE);
        this.policy = builder.policy != null ? builder.policy : PolicyParameters.defaults();
        this.access = builder.access != null ? builder.access : defaultAccess();
        AuditSeal seal = builder.auditKey != null ? AuditSeal.withKey(builder.auditKey) : AuditSeal.unkeyed();
        CommandValidator validator = new CommandValidator(
            builder.validator != null ? builder.validator : defaultValidator(clock));
        this.customers = new CustomerRegistry(store, validator, access, policy.classification(), seal, clock);
        CustomerDirectory directory = new RegistryDirectory(customers, clock);
        this.credit = new CreditDesk(store, validator, access, policy.risk(), directory,
            builder.companyFacts != null ? builder.companyFacts : CompanyFacts.none(), seal, clock);
        this.receivables = new ReceivablesDesk(store, validator, access, credit, seal, clock);
        this.riskRegister = new RiskRegister(store, validator, access, policy.risk(),
            builder.qualitySignals != null ? builder.qualitySignals : List::of,
            builder.supplySignals != null ? builder.supplySignals : List::of, seal, clock);
        ProductCatalogue catalogue = builder.catalogue != null ? builder.catalogue : new InMemoryProductCatalogue();
        StockAndCapacity reference = new StockAndCapacity(catalogue);
        ProductionPlanning production = builder.production != null ? builder.production : reference;
        this.orders = new OrderDesk(store, validator, access, policy.orders(), new OrderPorts(
            new RegistryCustomers(customers), builder.agreements != null ? builder.agreements : new InMemoryAgreements(),
            catalogue, builder.supply != null ? builder.supply : reference, production, new RiskCreditCheck(credit)),
            seal, clock);
        List<EventRelay.Subscription> subscriptions = new ArrayList<>(
            ModuleSubscriptions.of(customers, credit, receivables, orders, production));
        subscriptions.addAll(builder.subscriptions);
        this.events = new EventRelay(store, subscriptions, clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every module's default grants (DS-7.2.2). */
    public static AccessPolicy defaultAccess() {
        return AccessPolicy.builder().grantAll(CustomerPermissions.DEFAULT_GRANTS)
            .grantAll(RiskPermissions.DEFAULT_GRANTS).grantAll(OrderPermissions.DEFAULT_GRANTS).build();
    }

    /** Hibernate Validator without Expression Language, its clock the SDK's (for {@code @PastOrPresent}). */
    public static Validator defaultValidator(Clock clock) {
        return Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .clockProvider(() -> clock)
            .buildValidatorFactory()
            .getValidator();
    }

    /** The customer information database (DS-2, DS-7). */
    public CustomerRegistry customers() {
        return customers;
    }

    /** Credit grading, limits and the credit check (DS-3.3.2, DS-4.1.2, DS-6.2.1). */
    public CreditDesk credit() {
        return credit;
    }

    /** Invoices, payments, ageing and dunning (DS-6.1.1, DS-6.2.1). */
    public ReceivablesDesk receivables() {
        return receivables;
    }

    /** The risk register (DS-6.1, DS-6.2). */
    public RiskRegister riskRegister() {
        return riskRegister;
    }

    /** Orders: receipt, review, release, tracking, delay warnings and feedback (DS-4.1). */
    public OrderDesk orders() {
        return orders;
    }

    /**
     * The relay that carries events between the modules and to the host's subscribers: call
     * {@code events().drain()} after commands, or {@code events().start(every)} once.
     */
    public EventRelay events() {
        return events;
    }

    /** Stops the background event relay, if it was started. */
    @Override
    public void close() {
        events.close();
    }

    public DocumentStore store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public PolicyParameters policy() {
        return policy;
    }

    public AccessPolicy access() {
        return access;
    }

    /** Chooses what the SDK runs on; everything has a default. */
    public static final class Builder {
        private DocumentStore store;
        private Clock clock;
        private PolicyParameters policy;
        private AccessPolicy access;
        private Validator validator;
        private byte[] auditKey;
        private CompanyFacts companyFacts;
        private QualitySignals qualitySignals;
        private SupplySignals supplySignals;
        private ProductCatalogue catalogue;
        private Agreements agreements;
        private SupplyCheck supply;
        private ProductionPlanning production;
        private final List<EventRelay.Subscription> subscriptions = new ArrayList<>();

        private Builder() {
        }

        /** The products orders may name (default: an empty {@link InMemoryProductCatalogue}). */
        public Builder catalogue(ProductCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /** The cooperation agreements in force (default: an empty {@link InMemoryAgreements}). */
        public Builder agreements(Agreements agreements) {
            this.agreements = Objects.requireNonNull(agreements, "agreements");
            return this;
        }

        /** Capacity and inventory for the order review (default: a {@link StockAndCapacity} with nothing in it). */
        public Builder supply(SupplyCheck supply) {
            this.supply = Objects.requireNonNull(supply, "supply");
            return this;
        }

        /** Production planning for released orders (default: the same {@link StockAndCapacity}). */
        public Builder production(ProductionPlanning production) {
            this.production = Objects.requireNonNull(production, "production");
            return this;
        }

        /**
         * Adds a subscriber of the host's to an event type ({@code orders.OrderShipped}, say), delivered
         * at least once by {@link DirectSupply#events()} beside the modules' own.
         */
        public Builder subscribe(String name, String eventType, EventHandler handler) {
            subscriptions.add(new EventRelay.Subscription(name, eventType, handler));
            return this;
        }

        /** Outside company data for the credit scorecard (default: none known, missing-data rules apply). */
        public Builder companyFacts(CompanyFacts facts) {
            this.companyFacts = Objects.requireNonNull(facts, "facts");
            return this;
        }

        /** Complaint and return rates that raise quality risks (default: none reported). */
        public Builder qualitySignals(QualitySignals signals) {
            this.qualitySignals = Objects.requireNonNull(signals, "signals");
            return this;
        }

        /** Late-delivery rates that raise supply risks (default: none reported). */
        public Builder supplySignals(SupplySignals signals) {
            this.supplySignals = Objects.requireNonNull(signals, "signals");
            return this;
        }

        /** The storage: any implementation of the SPI (default: {@link InMemoryDocumentStore}). */
        public Builder store(DocumentStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Where time comes from; its zone decides business dates (default: system clock, Asia/Shanghai). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The policy parameters (default: POLICY.md's values). */
        public Builder policy(PolicyParameters policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Reads the policy parameters from a JSON file; a bad file fails here, naming each bad key. */
        public Builder policyFile(Path file) {
            return policy(PolicyParameters.load(file));
        }

        /** Who may do what (default: {@link #defaultAccess()}). */
        public Builder access(AccessPolicy access) {
            this.access = Objects.requireNonNull(access, "access");
            return this;
        }

        /**
         * A Jakarta validator of the host's (default: Hibernate Validator, see {@link #defaultValidator}).
         * Give it the SDK's clock through its {@code ClockProvider}, or {@code @PastOrPresent} on
         * commands is judged by a different clock than the rest of the SDK.
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * A secret that seals the audit trail with HMAC-SHA-256 (DS-7.2.1); keep it outside the
         * database. Without one the trail is chained with plain SHA-256.
         */
        public Builder auditKey(byte[] secret) {
            this.auditKey = Objects.requireNonNull(secret, "secret").clone();
            return this;
        }

        public DirectSupply build() {
            return new DirectSupply(this);
        }
    }
}
